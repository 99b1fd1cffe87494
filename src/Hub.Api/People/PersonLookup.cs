using System.Collections.Concurrent;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Api.People;

/// <summary>
/// The hospital lookup's first read, a person by identifier, as an EF Core compiled query: the LINQ tree is neither
/// built nor looked up in the query cache per request (issue 18). A compiled query is bound to the model it first
/// ran on and refuses a context of another (EF Core throws <c>CompiledQueryDifferentModel</c>); each kind of caller
/// has a model of its own holding its row scopes (<c>RowScopeModelCacheKey</c>), so there is one compiled query per
/// model, each only ever run on contexts of its kind. Kinds are few, and so are the entries.
/// </summary>
internal static class PersonLookup
{
    private static readonly ConcurrentDictionary<IModel, Func<HubDbContext, string, CancellationToken, Task<Person?>>> ByModel = new();

    /// <summary>The person with <paramref name="identifier"/> (normalised) under the context's row scope; null when none is reached.</summary>
    /// <exception cref="InvalidOperationException">Two persons hold the identifier (a unique index forbids it).</exception>
    public static Task<Person?> ByIdentifierAsync(HubDbContext db, string identifier, CancellationToken ct) =>
        ByModel.GetOrAdd(db.Model, static _ => EF.CompileAsyncQuery(
            (HubDbContext db, string identifier, CancellationToken ct) => db.Persons.AsNoTracking().SingleOrDefault(p => p.Identifier == identifier)))(db, identifier, ct);
}
