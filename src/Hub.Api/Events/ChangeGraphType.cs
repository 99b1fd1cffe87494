using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;

namespace Hub.Api.Events;

/// <summary>
/// A change in the outbox (DESIGN §2): what happened to which object, when, and the version it reached.
/// Public metadata, like a node's id and version: it is only ever shown about an object the caller may
/// see, and the object's own fields keep their sensitivity.
/// </summary>
public sealed class ChangeGraphType : HubObjectGraphType<Change>
{
    public ChangeGraphType() : base("Change", "A change to an object (a domain event of the outbox): which object, what happened, the version it reached.", Sensitivity.Public)
    {
        Field<NonNullGraphType<StringGraphType>>("position").Description("The change's place in the hub's one global order (opaque): pass it as `after` to resume after it.")
            .Resolve(context => ChangePosition.Encode(context.Source.Event.Position));
        Field<NonNullGraphType<EnumerationGraphType<Domain.Events.ChangeType>>>("type").Description("What happened.")
            .Resolve(context => context.Source.Event.Type);
        Field<NonNullGraphType<IdGraphType>>("nodeId").Description("The global id of the object that changed.")
            .Resolve(context => GlobalId.Encode(context.Source.Event.EntityType, context.Source.Event.EntityId));
        Field<NonNullGraphType<LongGraphType>>("version").Description("The object's version after this change; the object read now may be newer.")
            .Resolve(context => context.Source.Event.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Description("When the change was saved (UTC).")
            .Resolve(context => context.Source.Event.OccurredAt);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The object as it is now, read under your own scope and clearances.")
            .Resolve(context => context.Source.Node);
    }
}
