using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hub.Domain.Access;

/// <summary>
/// Keys EF Core's model cache by the bound caller's kind as well as the context type: the row scopes
/// (<see cref="RowScopes"/>) are built into the model, so each kind of caller gets a model holding its
/// own conditions only. The kinds are few (the system, nobody, one per combination of reaches the
/// roles grant), so the models are few; the query cache is keyed by model, so no query compiled for
/// one kind serves another.
/// </summary>
internal sealed class RowScopeModelCacheKey : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is HubDbContext hub ? (context.GetType(), KindOf(hub.Scope.Caller), designTime) : (context.GetType(), designTime);

    /// <summary>What of a caller decides the model: callers alike in it share one.</summary>
    public static object KindOf(Caller caller) => (caller.Unrestricted, caller.Reach);
}
