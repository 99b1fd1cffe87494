using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.DataLoaders;

/// <summary>
/// The batch loaders of one request, by name. Scoped: caches never outlive the request, and
/// every fetch uses the request's DbContext one at a time.
/// </summary>
public sealed class RequestLoaders(HubDbContext db)
{
    private readonly Dictionary<string, object> loaders = [];
    private readonly Dictionary<string, object> primedBeforeUse = [];

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<HubDbContext, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        if (loaders.TryGetValue(name, out var existing))
            return (BatchLoader<TKey, TValue>)existing;
        var loader = new BatchLoader<TKey, TValue>((keys, ct) => fetch(db, keys, ct));
        if (primedBeforeUse.Remove(name, out var primed))
            foreach (var (key, value) in (Dictionary<TKey, TValue?>)primed)
                loader.Prime(key, value);
        loaders[name] = loader;
        return loader;
    }

    /// <summary>
    /// Hands the loader called <paramref name="name"/> values that a query joining them already
    /// read: a field resolved later through that loader then needs no statement of its own.
    /// </summary>
    public void Prime<TKey, TValue>(string name, TKey key, TValue? value) where TKey : notnull
    {
        if (loaders.TryGetValue(name, out var loader))
            ((BatchLoader<TKey, TValue>)loader).Prime(key, value);
        else if (primedBeforeUse.TryGetValue(name, out var primed))
            ((Dictionary<TKey, TValue?>)primed).TryAdd(key, value);
        else
            primedBeforeUse[name] = new Dictionary<TKey, TValue?> { [key] = value };
    }
}
