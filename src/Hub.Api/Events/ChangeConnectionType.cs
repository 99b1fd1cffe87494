using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;

namespace Hub.Api.Events;

/// <summary>A page of the change feed: changes in position order, each edge's cursor its position.</summary>
public sealed class ChangeConnectionType : HubObjectGraphType<Connection<Change>>
{
    public ChangeConnectionType() : base("ChangeConnection", "A page of changes in the order they committed.", Sensitivity.Public)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeEdgeType>>>>("edges").Description("The page's changes with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeGraphType>>>>("nodes").Description("The page's changes, without cursors.")
            .Resolve(context => context.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page ends: its endCursor is the position to ask after next time.")
            .Resolve(context => context.Source.PageInfo);
    }
}

/// <summary>One change of the feed and its cursor (the change's position).</summary>
public sealed class ChangeEdgeType : HubObjectGraphType<Edge<Change>>
{
    public ChangeEdgeType() : base("ChangeEdge", "A change in the feed, with its cursor.", Sensitivity.Public)
    {
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("The change's position: pass it as `after` to continue after it.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<ChangeGraphType>>("node").Description("The change.").Resolve(context => context.Source.Node);
    }
}
