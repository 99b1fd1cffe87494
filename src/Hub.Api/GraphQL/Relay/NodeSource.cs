using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Relay;

/// <summary>How to load the entities of one node type by key, for <c>node(id:)</c>; registered once per node type by its feature.</summary>
public sealed record NodeSource(string TypeName, Func<HubDbContext, IReadOnlyCollection<Guid>, CancellationToken, Task<List<Entity>>> Load)
{
    public static NodeSource Of<T>() where T : Entity =>
        new(EntityGraphType<T>.NodeName, async (db, ids, ct) => (await db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct)).Cast<Entity>().ToList());
}
