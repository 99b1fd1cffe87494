using Hub.Domain.Access;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;

namespace Hub.Api.Access;

/// <summary>Checks a token's caller against the organisation registry (DESIGN §4: claims are checked against the registry).</summary>
public interface IOrganizationRegistry
{
    /// <exception cref="InvalidCallerException">The organisation is unknown, or its kind, zones or structures are not those claimed.</exception>
    Task CheckAsync(Caller caller, CancellationToken ct);
}

/// <summary>
/// The registry held in memory: organisations, the zones they serve and the structures they run
/// (a few thousand rows), read again after <see cref="AuthOptions.RegistryRefresh"/>, and at once
/// when a token names something it does not hold, so an organisation or structure added since is
/// known on its first request; a change saved by this process drops it at once. A miss reloads at most every few seconds, so a stream of tokens
/// naming unknown organisations cannot keep the database busy.
/// </summary>
public sealed class OrganizationRegistry(IServiceScopeFactory scopes, TimeProvider clock, AuthOptions options) : IOrganizationRegistry
{
    private static readonly TimeSpan MinimumReload = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim loading = new(1, 1);
    private Snapshot? snapshot;

    public async Task CheckAsync(Caller caller, CancellationToken ct)
    {
        var current = await CurrentAsync(ct);
        if (!current.Admits(caller) && clock.GetUtcNow() - current.LoadedAt >= MinimumReload)
            current = await LoadAsync(current, ct);
        var organization = current.Organizations.GetValueOrDefault(caller.OrganizationId) ?? throw RegisteredOrganization.Unknown(caller.OrganizationId);
        organization.Check(caller);
    }

    /// <summary>Forgets what is held, so the next check reads the registry again (see <see cref="RegistryChanges"/>).</summary>
    public void Invalidate() => snapshot = null;

    private async Task<Snapshot> CurrentAsync(CancellationToken ct) =>
        snapshot is { } current && clock.GetUtcNow() - current.LoadedAt < options.RegistryRefresh ? current : await LoadAsync(snapshot, ct);

    /// <summary>Reads the registry, unless another request did while this one waited.</summary>
    private async Task<Snapshot> LoadAsync(Snapshot? stale, CancellationToken ct)
    {
        await loading.WaitAsync(ct);
        try
        {
            if (snapshot is { } fresh && fresh != stale)
                return fresh;
            // Master data has no row scope but shelters': an unbound context (nobody) reads it, and nothing else (RegisteredOrganization reads structures past the shelters' scope).
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            return snapshot = new Snapshot(await RegisteredOrganization.LoadAllAsync(db, ct), clock.GetUtcNow());
        }
        finally
        {
            loading.Release();
        }
    }

    private sealed record Snapshot(Dictionary<Guid, RegisteredOrganization> Organizations, DateTimeOffset LoadedAt)
    {
        public bool Admits(Caller caller) => Organizations.TryGetValue(caller.OrganizationId, out var organization)
            && caller.ZoneCodes.All(organization.ZoneCodes.Contains) && caller.StructureCodes.All(organization.StructureCodes.Contains)
            && (caller.StaffMemberId is not { } staff || organization.StaffIds.Contains(staff));
    }
}
