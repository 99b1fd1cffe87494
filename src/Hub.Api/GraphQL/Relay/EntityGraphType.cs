using GraphQL.Types;
using Hub.Api.Access;
using Hub.Domain.Audit;
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
        // Identity and stamps say only that a row the caller may see exists, and when it changed.
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global identifier (Relay).").Sensitive(Sensitivity.Public)
            .Resolve(context => GlobalId.Encode(name, context.Source.Id));
        if (typeof(AuditableEntity).IsAssignableFrom(typeof(T)))
            AddStamps();
    }

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
