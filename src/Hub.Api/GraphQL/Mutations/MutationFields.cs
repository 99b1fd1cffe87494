using System.ComponentModel;
using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Domain.Access;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL.Mutations;

/// <summary>Which object a change is about: its global id, and the version the caller read when it sends one.</summary>
public readonly record struct ChangeTarget(string Id, long? ExpectedVersion);

public static class MutationFields
{
    /// <summary>
    /// Declares a mutation: one <c>input</c> argument (the record <typeparamref name="TInput"/>, described
    /// by its attributes), the permission it needs, and the change it makes, run by <see cref="MutationRunner"/>.
    /// </summary>
    public static FieldBuilder<object?, object> Mutation<TInput, TPayloadType>(this ObjectGraphType mutation, string name, string description,
        Permission permission, Func<MutationContext, TInput, Task<Entity>> change)
        where TInput : notnull
        where TPayloadType : IGraphType =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Requires(permission)
            .Argument<NonNullGraphType<AutoRegisteringInputObjectGraphType<TInput>>>("input", InputDescription<TInput>(name))
            .ResolveAsync(async context => await MutationRunner.RunAsync(context, context.GetArgument<TInput>("input"), change));

    // Each mutation's own words for its input: the input type serves it as its attribute says.
    private static string InputDescription<TInput>(string mutation) =>
        $"What {mutation} takes ({typeof(TInput).Name}): {typeof(TInput).GetCustomAttribute<DescriptionAttribute>()?.Description ?? "see the input type."}";

    /// <summary>
    /// Declares a mutation of one existing object, the shape most mutations share: finds the <typeparamref name="TEntity"/>
    /// the input names at the version the caller read (NotFoundError, ConcurrencyError otherwise), applies the
    /// change, and returns the object, saved by <see cref="MutationRunner"/>. <paramref name="include"/> loads what the change reads.
    /// </summary>
    public static FieldBuilder<object?, object> Change<TInput, TEntity, TPayloadType>(this ObjectGraphType mutation, string name, string description,
        Permission permission, Func<TInput, ChangeTarget> target, Func<MutationContext, TEntity, TInput, Task> change,
        Func<IQueryable<TEntity>, IQueryable<TEntity>>? include = null)
        where TInput : notnull
        where TEntity : AuditableEntity
        where TPayloadType : IGraphType =>
        mutation.Mutation<TInput, TPayloadType>(name, description, permission, async (m, input) =>
        {
            var (id, expectedVersion) = target(input);
            var entity = await m.Find(id, expectedVersion, include);
            await change(m, entity, input);
            return entity;
        });

    /// <summary>A <see cref="Change{TInput, TEntity, TPayloadType}"/> whose change reads nothing more from the database.</summary>
    public static FieldBuilder<object?, object> Change<TInput, TEntity, TPayloadType>(this ObjectGraphType mutation, string name, string description,
        Permission permission, Func<TInput, ChangeTarget> target, Action<MutationContext, TEntity, TInput> change,
        Func<IQueryable<TEntity>, IQueryable<TEntity>>? include = null)
        where TInput : notnull
        where TEntity : AuditableEntity
        where TPayloadType : IGraphType =>
        mutation.Change<TInput, TEntity, TPayloadType>(name, description, permission, target, (m, entity, input) =>
        {
            change(m, entity, input);
            return Task.CompletedTask;
        }, include);
}
