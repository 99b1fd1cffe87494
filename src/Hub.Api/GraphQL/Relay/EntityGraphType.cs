using GraphQL.Types;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL.Relay;

/// <summary>A graph type for an entity: a Relay node with its global id and, when mutable, its version and stamps.</summary>
public abstract class EntityGraphType<T> : ObjectGraphType<T> where T : Entity
{
    protected EntityGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = source => source is T;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global identifier (Relay).")
            .Resolve(context => GlobalId.Encode(name, context.Source.Id));
        if (typeof(AuditableEntity).IsAssignableFrom(typeof(T)))
            AddStamps();
    }

    private void AddStamps()
    {
        Field<NonNullGraphType<LongGraphType>>("version").Description("Optimistic-concurrency version: send it back with a change.")
            .Resolve(context => ((AuditableEntity)(object)context.Source).Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the record was created (creato il).")
            .Resolve(context => ((AuditableEntity)(object)context.Source).CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When the record last changed (modificato il).")
            .Resolve(context => ((AuditableEntity)(object)context.Source).UpdatedAt);
    }
}
