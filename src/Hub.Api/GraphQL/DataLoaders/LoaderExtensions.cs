using GraphQL;
using GraphQL.DataLoader;
using Hub.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL.DataLoaders;

/// <summary>How resolvers use the declared loaders: a value by key, a list by parent, an entity by id.</summary>
public static class LoaderExtensions
{
    /// <summary>The value <paramref name="loader"/> holds for <paramref name="key"/>, batched with every other key asked for at this level.</summary>
    public static IDataLoaderResult<TValue?> Load<TKey, TValue>(this IResolveFieldContext context, Loader<TKey, TValue> loader, TKey key) where TKey : notnull =>
        Loaders(context).Get(loader).Load(key);

    /// <summary>The rows <paramref name="loader"/> holds for <paramref name="parentId"/>; none when it holds nothing for it.</summary>
    public static IDataLoaderResult<List<T>> LoadList<T>(this IResolveFieldContext context, Loader<Guid, List<T>> loader, Guid parentId) =>
        context.Load(loader, parentId).Then(rows => rows ?? []);

    /// <summary>The entity with this key, batched with every other key of the same type asked for at this level.</summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, Guid? id) where T : Entity =>
        id is { } key ? context.Load(EntityLoader<T>.ById, key) : Nothing<T>.Result;

    /// <summary>Hands <see cref="LoadById{T}"/> an entity a joined query already read.</summary>
    public static void PrimeById<T>(this RequestLoaders request, T entity) where T : Entity => request.Prime(EntityLoader<T>.ById, entity.Id, entity);

    /// <summary>A batch bound to the place of this field in the document; see <see cref="RequestLoaders.AtPlace"/>.</summary>
    public static IDataLoaderResult<TValue?> LoadAtPlace<TValue>(this IResolveFieldContext context, Guid key,
        Func<IReadOnlyCollection<Guid>, CancellationToken, Task<Dictionary<Guid, TValue>>> fetch) =>
        Loaders(context).AtPlace((context.FieldDefinition, context.FieldAst.Location.Start), fetch).Load(key);

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
