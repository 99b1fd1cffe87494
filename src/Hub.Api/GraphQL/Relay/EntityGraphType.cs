using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Registry;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Registry;

namespace Hub.Api.GraphQL.Relay;

/// <summary>What the schema machinery needs of a node type without an instance of it: its name and how to load one.</summary>
public interface INodeType
{
    /// <summary>The type's name in the schema and in its global ids.</summary>
    static abstract string NodeName { get; }

    /// <summary>The node with this key through the request's batch loader; null for no key.</summary>
    static abstract IDataLoaderResult Load(IResolveFieldContext context, Guid? id);
}

/// <summary>A node type whose lists take <c>where:</c> and <c>order:</c>.</summary>
public interface IListNodeType<T> : INodeType where T : Entity
{
    static abstract ListArguments<T> ListArguments { get; }
}

/// <summary>
/// A graph type for an entity: a Relay node named after the entity (the one place its name is
/// spelled), with its global id and, when mutable, its version and stamps.
/// </summary>
public abstract class EntityGraphType<T> : HubObjectGraphType<T>, INodeType where T : Entity
{
    protected EntityGraphType(string description, Sensitivity sensitivity) : base(NodeName, description, sensitivity)
    {
        Interface<NodeInterface>();
        IsTypeOf = source => source is T;
        // Identity and stamps say only that a row the caller may see exists, and when it changed.
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global identifier (Relay).").Sensitive(Sensitivity.Public)
            .Resolve(context => GlobalId.Encode(NodeName, context.Source.Id));
        if (typeof(AuditableEntity).IsAssignableFrom(typeof(T)))
            AddStamps();
        if (typeof(MasterRecord).IsAssignableFrom(typeof(T)))
            RegistryFields.AddTo(this);
    }

    public static string NodeName => typeof(T).Name;

    public static IDataLoaderResult Load(IResolveFieldContext context, Guid? id) => context.LoadById<T>(id);

    private void AddStamps()
    {
        Field<NonNullGraphType<LongGraphType>>("version").Description("Optimistic-concurrency version: send it back with a change.").Sensitive(Sensitivity.Public)
            .Resolve(context => ((AuditableEntity)(object)context.Source).Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the record was created (creato il).").Sensitive(Sensitivity.Public)
            .Resolve(context => ((AuditableEntity)(object)context.Source).CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When the record last changed (modificato il).").Sensitive(Sensitivity.Public)
            .Resolve(context => ((AuditableEntity)(object)context.Source).UpdatedAt);
    }
}

/// <summary>An entity graph type whose lists filter with <typeparamref name="TFilter"/> and sort with <typeparamref name="TSort"/>.</summary>
public abstract class EntityGraphType<T, TFilter, TSort>(string description, Sensitivity sensitivity) : EntityGraphType<T>(description, sensitivity), IListNodeType<T>
    where T : Entity
    where TFilter : FilterInputType<TFilter, T>, new()
    where TSort : SortInputType<TSort, T>, new()
{
    public static ListArguments<T> ListArguments { get; } = ListArguments<T>.Of<TFilter, TSort>();
}
