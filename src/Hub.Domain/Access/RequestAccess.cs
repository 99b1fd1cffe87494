using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Domain.Access;

/// <summary>
/// The access scope of one request (a DI scope): unbound until the request's authenticated caller
/// is bound, once. Contexts created in the request take <see cref="Scope"/> at creation, so a
/// context made before binding reaches nothing, and no code running later can widen it.
/// </summary>
public sealed class RequestAccess(IServiceProvider services, TimeProvider clock)
{
    public AccessScope Scope { get; private set; } = AccessScope.Unbound(clock);

    private bool bound;

    /// <summary>
    /// Binds the request to a caller from a token (never the system: <see cref="Caller.System"/> is not
    /// reachable from outside the domain). A second binding throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public async Task BindAsync(Caller caller, CancellationToken ct)
    {
        if (bound)
            throw new InvalidOperationException("The request's access scope is bound once, when the caller is authenticated; it cannot be changed.");
        bound = true;
        var grace = (services.GetService<AccessOptions>() ?? new AccessOptions()).HospitalGraceDays;
        var businessClock = services.GetService<BusinessClock>();
        Scope = new AccessScope(caller, clock, caller.ReachesGuests ? await GuestsOfAsync(caller, ct) : [], grace, businessClock,
            caller.StaffMemberId is { } staff && (caller.Reach & Reach.Zones) != 0 ? await TeamPersonsOfAsync(caller, staff, businessClock, ct) : []);
    }

    /// <summary>
    /// The persons of the cases the caller's staff member is on the team of today, read through the caller's own case scope: only for
    /// a caller whose person scope reads them (<see cref="Reach.Zones"/>), so no other caller pays for a second context.
    /// </summary>
    private async Task<List<Guid>> TeamPersonsOfAsync(Caller caller, Guid staff, BusinessClock? businessClock, CancellationToken ct)
    {
        await using var db = SystemAccess.Create(services, new AccessScope(caller, clock, [], businessClock: businessClock));
        var today = db.Scope.Today;
        return await db.CareCases
            .Where(c => c.Team.Any(m => m.StaffMemberId == staff && m.From <= today && (m.To == null || m.To > today)))
            .Select(c => c.PersonId).Distinct().ToListAsync(ct);
    }

    /// <summary>The persons placed in the caller's structures, read through the caller's own placement scope.</summary>
    private async Task<List<Guid>> GuestsOfAsync(Caller caller, CancellationToken ct)
    {
        await using var db = SystemAccess.Create(services, new AccessScope(caller, clock, []));
        return await db.Placements
            .Where(p => db.Structures.Any(s => s.Id == p.StructureId && s.OperatorOrganizationId == caller.OrganizationId && caller.StructureCodes.Contains(s.RegionalCode)))
            .Select(p => p.PersonId).Distinct().ToListAsync(ct);
    }

    /// <summary>Registers the request scope and makes every context resolved in a DI scope take it.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddScoped<RequestAccess>();
        services.AddScoped(sp => sp.GetRequiredService<RequestAccess>().Scope);
    }

    internal void BindSystem(AccessScope system)
    {
        if (bound)
            throw new InvalidOperationException("A scope already bound to a caller cannot become the system's.");
        bound = true;
        Scope = system;
    }
}
