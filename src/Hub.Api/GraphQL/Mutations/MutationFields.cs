using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Domain.Access;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL.Mutations;

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
            .Argument<NonNullGraphType<AutoRegisteringInputObjectGraphType<TInput>>>("input", "What to change.")
            .ResolveAsync(async context => await MutationRunner.RunAsync(context, context.GetArgument<TInput>("input"), change));
}
