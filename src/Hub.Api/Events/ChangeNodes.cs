using Hub.Api.GraphQL.Relay;
using Hub.Domain.Common;
using Hub.Domain.Events;
using Hub.Domain.Persistence;

namespace Hub.Api.Events;

/// <summary>Reads the objects a list of events is about, one query per node type, through the context's own scope.</summary>
public sealed class ChangeNodes(IEnumerable<NodeSource> sources)
{
    private readonly Dictionary<string, NodeSource> byType = sources.ToDictionary(s => s.TypeName);

    /// <summary>The events with their objects, in the events' order; an event whose object the scope does not reach is left out.</summary>
    public async Task<List<Change>> ReadAsync(HubDbContext db, IReadOnlyList<OutboxEvent> events, CancellationToken ct)
    {
        var found = new Dictionary<(string, Guid), Entity>();
        foreach (var group in events.GroupBy(e => e.EntityType).Where(g => byType.ContainsKey(g.Key)))
            foreach (var entity in await byType[group.Key].Load(db, group.Select(e => e.EntityId).Distinct().ToList(), ct))
                found[(group.Key, entity.Id)] = entity;
        return events.Where(e => found.ContainsKey((e.EntityType, e.EntityId))).Select(e => new Change(e, found[(e.EntityType, e.EntityId)])).ToList();
    }
}
