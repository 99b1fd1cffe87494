using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Relay;

/// <summary>How to load the entities of one node type by key; registered once per graph type.</summary>
public sealed record NodeSource(string TypeName, Func<HubDbContext, IReadOnlyCollection<Guid>, CancellationToken, Task<List<Entity>>> Load)
{
    public static NodeSource For<T>(string typeName) where T : Entity =>
        new(typeName, async (db, ids, ct) => (await db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct)).Cast<Entity>().ToList());
}
