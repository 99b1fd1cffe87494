using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.DataLoaders;

/// <summary>
/// One batch read, declared once as a static member of its feature's <c>XxxLoaders</c> class: the
/// member is the loader's identity, so two loaders cannot share a name, and its key and value types
/// travel with it, so a resolver asking with the wrong types does not compile.
/// </summary>
/// <param name="fetch">Reads every key asked for at one level of the query in one round trip; a key missing from the result has no value.</param>
public sealed class Loader<TKey, TValue>(Func<RequestLoaders, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    internal Task<Dictionary<TKey, TValue>> FetchAsync(RequestLoaders request, IReadOnlyCollection<TKey> keys, CancellationToken ct) => fetch(request, keys, ct);
}

/// <summary>The loader shapes that recur: rows by a foreign key, entities by id.</summary>
public static class Loader
{
    /// <summary>The rows whose <paramref name="parentKey"/> is one of the parents' ids, grouped per parent in <paramref name="order"/>.</summary>
    public static Loader<Guid, List<T>> Children<T>(Expression<Func<T, Guid>> parentKey, Func<IQueryable<T>, IQueryable<T>> order) where T : class
    {
        // Compiled once for the loader, not once per batch.
        var key = parentKey.Compile();
        return new(async (request, keys, ct) =>
        {
            var rows = await order(request.Db.Set<T>().AsNoTracking().Where(Contains(parentKey, keys))).ToListAsync(ct);
            return rows.GroupBy(key).ToDictionary(g => g.Key, g => g.ToList());
        });
    }

    // keys.Contains(parentKey(row)), which EF Core turns into IN (…) or = ANY (…); the keys stay
    // one SQL parameter (a member of a captured object), not literals in a new statement each time.
    private static Expression<Func<T, bool>> Contains<T>(Expression<Func<T, Guid>> parentKey, IReadOnlyCollection<Guid> keys) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
                Expression.Property(Expression.Constant(new KeySet(keys.ToList())), nameof(KeySet.Keys)), parentKey.Body),
            parentKey.Parameters);

    private sealed record KeySet(List<Guid> Keys);
}

/// <summary>The entities of one type by id: one loader per entity type, shared by every reference to it.</summary>
public static class EntityLoader<T> where T : Hub.Domain.Common.Entity
{
    public static readonly Loader<Guid, T> ById = new((request, keys, ct) =>
        request.Db.Set<T>().AsNoTracking().Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct));
}
