using GraphQL.DataLoader;

namespace Hub.Api.GraphQL.DataLoaders;

/// <summary>
/// Collects the keys resolvers ask for while a level of the query executes, then fetches them
/// all in one database round trip when the first result is awaited. Results are cached for the
/// rest of the request. One instance per request (see <see cref="RequestLoaders"/>).
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue?> loaded = [];
    private readonly HashSet<TKey> pending = [];
    private Task? dispatch;

    /// <summary>Records a value another query already read, so asking for its key costs no round trip.</summary>
    public void Prime(TKey key, TValue? value)
    {
        if (loaded.TryAdd(key, value))
            pending.Remove(key);
    }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key))
            pending.Add(key);
        return new Deferred(this, key);
    }

    private async Task<TValue?> ResultAsync(TKey key, CancellationToken ct)
    {
        // A fetch already under way may not hold this key (it was asked for later): go again.
        while (!loaded.ContainsKey(key))
            await DispatchAsync(ct);
        return loaded[key];
    }

    private Task DispatchAsync(CancellationToken ct)
    {
        if (dispatch is { IsCompleted: false })
            return dispatch;
        var keys = pending.ToList();
        pending.Clear();
        return dispatch = FetchAsync(keys, ct);
    }

    private async Task FetchAsync(List<TKey> keys, CancellationToken ct)
    {
        var found = keys.Count == 0 ? [] : await fetch(keys, ct);
        foreach (var key in keys)
            loaded[key] = found.GetValueOrDefault(key);
    }

    private sealed class Deferred(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
