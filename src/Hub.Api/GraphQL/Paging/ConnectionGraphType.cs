using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;

namespace Hub.Api.GraphQL.Paging;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/>: edges with cursors, nodes, page info and total count.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<Connection<object>> where TNodeType : IGraphType, INodeType
{
    public ConnectionGraphType()
    {
        var node = TNodeType.NodeName;
        // Plumbing: the nodes' own fields carry their sensitivity.
        this.Sensitive(Sensitivity.Public);
        Name = $"{node}Connection";
        Description = $"A page of {node} objects with cursors to move between pages.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges").Description("The page's objects with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The page's objects, without cursors.")
            .Resolve(context => context.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many objects the whole list holds, across all pages.")
            .Resolve(context => context.Source.TotalCount);
    }
}

/// <summary>One object of a connection and the cursor that points at it.</summary>
public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<Edge<object>> where TNodeType : IGraphType, INodeType
{
    public EdgeGraphType()
    {
        var node = TNodeType.NodeName;
        this.Sensitive(Sensitivity.Public);
        Name = $"{node}Edge";
        Description = $"A {node} in a connection, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` or `before` to page from this object.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {node}.").Resolve(context => context.Source.Node);
    }
}
