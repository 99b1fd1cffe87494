using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.DataLoaders;

/// <summary>
/// The batch loaders of one request, by name. Scoped: caches never outlive the request, and
/// every fetch uses the request's DbContext one at a time.
/// </summary>
public sealed class RequestLoaders(HubDbContext db)
{
    private readonly Dictionary<string, object> loaders = [];

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<HubDbContext, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        if (!loaders.TryGetValue(name, out var loader))
            loaders[name] = loader = new BatchLoader<TKey, TValue>((keys, ct) => fetch(db, keys, ct));
        return (BatchLoader<TKey, TValue>)loader;
    }
}
