using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Events;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Events;

/// <summary>
/// <c>changes</c>: the outbox as a feed for systems that poll ("what changed since X"), in commit order,
/// with the caller's row scope applied inside the query (<see cref="OutboxReach"/>).
/// </summary>
public sealed class ChangeQueries(ChangeNodes nodes, GraphQLOptions options) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ChangeConnectionType>>("changes")
            .Description("The changes after a position, oldest first, about objects you may see (a change to anything else is left out, id and all). "
                + "Keep the page's endCursor and ask after it next time; positions are never reused, and a change is listed once it has committed.")
            .Argument<StringGraphType>("after", "A position the hub returned (a change's position or a page's endCursor); without it, from the oldest change kept.")
            .Argument<IntGraphType>("first", $"How many changes at most (default {options.DefaultPageSize}, at most {options.MaxPageSize}).")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<ChangeType>>>>("types", "Only changes of these types.")
            .ResolveAsync(async context => await PageAsync(context));

    private async Task<Connection<Change>> PageAsync(IResolveFieldContext context)
    {
        var after = ChangePosition.Decode(context.GetArgument<string?>("after"));
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
            throw HubErrors.BadInput($"first is {first}; ask for 0 to {options.MaxPageSize} changes.");
        var types = context.GetArgument<List<ChangeType>?>("types");
        var db = context.RequestServices!.GetRequiredService<HubDbContext>();
        var events = await db.OutboxEvents.AsNoTracking().VisibleTo(db)
            .Where(e => e.Position > after && (types == null || types.Contains(e.Type)))
            .OrderBy(e => e.Position).Take(first + 1).ToListAsync(context.CancellationToken);
        var page = await nodes.ReadAsync(db, events.Take(first).ToList(), context.CancellationToken);
        var edges = page.Select(change => new Edge<Change> { Cursor = ChangePosition.Encode(change.Event.Position), Node = change }).ToList();
        return new Connection<Change>
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = events.Count > first,
                HasPreviousPage = after > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
