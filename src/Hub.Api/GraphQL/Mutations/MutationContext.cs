using Hub.Api.GraphQL.Relay;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Mutations;

/// <summary>What a mutation's change works with: the request's database, the business clock, and lookups by global id.</summary>
public sealed class MutationContext(HubDbContext db, BusinessClock clock, CancellationToken cancellationToken)
{
    public HubDbContext Db { get; } = db;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    /// <summary>The instant the mutation runs at, read once so that every stamp and default agrees.</summary>
    public DateTimeOffset Now { get; } = clock.Now;

    /// <summary>The business date of <see cref="Now"/> (<see cref="BusinessClock"/>): the default of every omitted date.</summary>
    public DateOnly Today => clock.DateOf(Now);

    /// <summary>
    /// Whether this change is the receiving side's answer to a waiting transfer (accept or decline): the one write
    /// <see cref="Access.CaseWrites"/> lets it make to a case it does not hold yet. Set only once that side is checked.
    /// </summary>
    public bool AnswersTransfer { get; private set; }

    /// <summary>Marks this change as the receiving side's answer to a waiting transfer (<see cref="AnswersTransfer"/>).</summary>
    public void AnswerTransfer() => AnswersTransfer = true;

    /// <summary>The tracked entity with this global id, at the version the caller read when it sends one.</summary>
    public async Task<T> Find<T>(string globalId, long? expectedVersion = null, Func<IQueryable<T>, IQueryable<T>>? include = null) where T : AuditableEntity
    {
        var entity = await FindOrNull(globalId, include) ?? throw new NotFoundException(typeof(T).Name, globalId);
        entity.EnsureVersion(expectedVersion);
        return entity;
    }

    /// <summary>An optional reference: null stays null, an unknown id is refused.</summary>
    public async Task<T?> FindOptional<T>(string? globalId) where T : Entity =>
        globalId is null ? null : await FindOrNull<T>(globalId, null) ?? throw new NotFoundException(typeof(T).Name, globalId);

    public async Task<T> FindEntity<T>(string globalId) where T : Entity =>
        await FindOrNull<T>(globalId, null) ?? throw new NotFoundException(typeof(T).Name, globalId);

    /// <summary>The key of a global id of type <typeparamref name="T"/>; any other id is refused as invalid (<see cref="GlobalId.Decode(string?, string)"/>).</summary>
    public static Guid KeyOf<T>(string globalId) => GlobalId.Decode(globalId, typeof(T).Name);

    private async Task<T?> FindOrNull<T>(string globalId, Func<IQueryable<T>, IQueryable<T>>? include) where T : Entity
    {
        var id = KeyOf<T>(globalId);
        var query = include is null ? Db.Set<T>() : include(Db.Set<T>());
        return await query.SingleOrDefaultAsync(e => e.Id == id, CancellationToken);
    }
}
