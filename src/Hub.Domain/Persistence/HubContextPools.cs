using System.Collections.Concurrent;
using Hub.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hub.Domain.Persistence;

/// <summary>
/// The request contexts, pooled (EF Core's <see cref="PooledDbContextFactory{TContext}"/>): a new context builds its own
/// graph of EF Core services (query translators, type mappings, the state manager), a tenth of the hub's CPU on the hospital
/// lookup (profiled, issue 18); a pooled one keeps it and is reset between leases. A context also keeps the model it first
/// used, and each kind of caller has a model of its own holding its row scopes (<see cref="RowScopeModelCacheKey"/>), so
/// there is one pool per kind: a context only ever serves callers of the kind whose model it holds. Each lease is bound to
/// the request's <see cref="AccessScope"/> before it is handed out and unbound when it goes back.
/// </summary>
/// <typeparam name="TContext">The provider's context.</typeparam>
public sealed class HubContextPools<TContext>(DbContextOptions<TContext> options) where TContext : HubDbContext
{
    private readonly ConcurrentDictionary<object, PooledDbContextFactory<TContext>> pools = new();

    /// <summary>A context of <paramref name="scope"/>'s kind, bound to it; disposing it returns it to its pool.</summary>
    public HubDbContext Lease(AccessScope scope) =>
        pools.GetOrAdd(RowScopeModelCacheKey.KindOf(scope.Caller), static (_, options) => new PooledDbContextFactory<TContext>(options), options).CreateDbContext().Bind(scope);
}
