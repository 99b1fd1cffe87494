using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Hub.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL.DataLoaders;

/// <summary>The loads resolvers make: an entity by key, and the children of a parent by foreign key.</summary>
public static class LoaderExtensions
{
    /// <summary>The entity with this key, batched with every other key of the same type asked for at this level.</summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, Guid id) where T : Entity =>
        Loaders(context).Get<Guid, T>(ById<T>(), (db, keys, ct) =>
            db.Set<T>().AsNoTracking().Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct)).Load(id);

    /// <summary>Hands <see cref="LoadById{T}(IResolveFieldContext, Guid)"/> an entity a joined query already read.</summary>
    public static void PrimeById<T>(this IResolveFieldContext context, T entity) where T : Entity => Loaders(context).Prime(ById<T>(), entity.Id, entity);

    private static string ById<T>() => $"{typeof(T).Name} by id";

    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, Guid? id) where T : Entity =>
        id is { } key ? context.LoadById<T>(key) : Nothing<T>.Result;

    /// <summary>The rows whose <paramref name="parentKey"/> is the parent's id, in <paramref name="order"/>.</summary>
    public static IDataLoaderResult<List<T>> LoadChildren<T>(this IResolveFieldContext context, string name, Guid parentId,
        Expression<Func<T, Guid>> parentKey, Func<IQueryable<T>, IQueryable<T>> order) where T : class =>
        Loaders(context).Get<Guid, List<T>>(name, async (db, keys, ct) =>
        {
            var rows = await order(db.Set<T>().AsNoTracking().Where(Contains(parentKey, keys))).ToListAsync(ct);
            var key = parentKey.Compile();
            return rows.GroupBy(key).ToDictionary(g => g.Key, g => g.ToList());
        }).Load(parentId).Then(children => children ?? []); // no row for a parent: no children

    /// <summary>One value per parent computed in one grouped query (counts, sums, a related row).</summary>
    public static IDataLoaderResult<TValue?> LoadPerParent<TValue>(this IResolveFieldContext context, string name, Guid parentId,
        Func<Domain.Persistence.HubDbContext, IReadOnlyCollection<Guid>, CancellationToken, Task<Dictionary<Guid, TValue>>> fetch) =>
        Loaders(context).Get(name, fetch).Load(parentId);

    // keys.Contains(parentKey(row)), which EF Core turns into IN (…) or = ANY (…); the keys stay
    // one SQL parameter (a member of a captured object), not literals in a new statement each time.
    private static Expression<Func<T, bool>> Contains<T>(Expression<Func<T, Guid>> parentKey, IReadOnlyCollection<Guid> keys) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
                Expression.Property(Expression.Constant(new KeySet(keys.ToList())), nameof(KeySet.Keys)), parentKey.Body),
            parentKey.Parameters);

    private sealed record KeySet(List<Guid> Keys);

    private static RequestLoaders Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();

    /// <summary>A loaded value turned into what the field returns (a sum, a default), still batched.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(result, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    /// <summary>
    /// A read that runs when the engine collects this level's results, after every batch of the
    /// level has been asked for: it never runs beside them on the request's DbContext.
    /// </summary>
    public static IDataLoaderResult<T> Later<T>(Func<CancellationToken, Task<T>> read) => new Deferred<T>(read);

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> read) : IDataLoaderResult<T>
    {
        private Task<T>? started;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => started ??= read(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Nothing<T> : IDataLoaderResult<T?>
    {
        public static readonly Nothing<T> Result = new();

        public Task<T?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(default(T));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
