using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.DataLoaders;

/// <summary>
/// The batch loaders of one request. Scoped: caches never outlive the request, and every fetch
/// uses the request's DbContext one at a time.
/// </summary>
public sealed class RequestLoaders(HubDbContext db)
{
    // Keyed by the declared loader (or a field's place in the document): the declaration fixes the
    // key and value types, so the casts below cannot fail.
    private readonly Dictionary<object, object> loaders = [];
    private readonly Dictionary<object, object> primedBeforeUse = [];

    /// <summary>The request's DbContext, for fetches.</summary>
    public HubDbContext Db { get; } = db;

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(Loader<TKey, TValue> loader) where TKey : notnull =>
        GetOrAdd<TKey, TValue>(loader, (keys, ct) => loader.FetchAsync(this, keys, ct));

    /// <summary>
    /// A loader bound to one place of the document (a nested list's first pages, whose arguments
    /// belong to that place): every parent resolved there shares it.
    /// </summary>
    public BatchLoader<TKey, TValue> AtPlace<TKey, TValue>((object Field, int Position) place,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch) where TKey : notnull =>
        GetOrAdd(place, fetch);

    /// <summary>
    /// Hands <paramref name="loader"/> values that a query joining them already read: a field
    /// resolved later through that loader then needs no statement of its own.
    /// </summary>
    public void Prime<TKey, TValue>(Loader<TKey, TValue> loader, TKey key, TValue? value) where TKey : notnull
    {
        if (loaders.TryGetValue(loader, out var existing))
            ((BatchLoader<TKey, TValue>)existing).Prime(key, value);
        else if (primedBeforeUse.TryGetValue(loader, out var primed))
            ((Dictionary<TKey, TValue?>)primed).TryAdd(key, value);
        else
            primedBeforeUse[loader] = new Dictionary<TKey, TValue?> { [key] = value };
    }

    private BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(object identity, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        if (loaders.TryGetValue(identity, out var existing))
            return (BatchLoader<TKey, TValue>)existing;
        var loader = new BatchLoader<TKey, TValue>(fetch);
        if (primedBeforeUse.Remove(identity, out var primed))
            foreach (var (key, value) in (Dictionary<TKey, TValue?>)primed)
                loader.Prime(key, value);
        loaders[identity] = loader;
        return loader;
    }
}
