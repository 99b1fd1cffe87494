using Hub.Api.Access;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>
/// One real caller per role of DESIGN §4, drawn from the demo data so that each reaches some rows:
/// a hospital with discharge requests, a zone with cases, a comune with residents, a provider
/// with guests, the zone's anti-violence centre.
/// </summary>
public sealed class RoleCallers
{
    private readonly Dictionary<Role, CallerClaimSet> callers;

    private RoleCallers(Dictionary<Role, CallerClaimSet> callers, Guid residence)
    {
        this.callers = callers;
        Residence = residence;
    }

    /// <summary>The comune whose residents the municipal officer, the social worker and ACOT all reach.</summary>
    public Guid Residence { get; }

    public CallerClaimSet this[Role role] => callers[role];

    public static async Task<RoleCallers> LoadAsync(HubApiHost host)
    {
        await using var scope = host.SystemScope();
        var db = host.SystemContext(scope);
        // A hospital with an assessed patient, so its reach into its patients' records shows; ties by name, so every run picks the same.
        var hospital = await db.Organizations.Where(o => o.Kind == OrganizationKind.Hospital)
            .Select(o => new
            {
                o.Id,
                o.Name,
                Patients = db.DischargeRequests.Count(d => d.HospitalOrganizationId == o.Id && db.Assessments.Any(a => a.PersonId == d.PersonId)),
            })
            .Where(h => h.Patients > 0).OrderByDescending(h => h.Patients).ThenBy(h => h.Name).Select(h => h.Id).FirstAsync();
        // The comune with most residents; territorial staff of its zone's Azienda serve the zone, so both reach its residents.
        var residence = await db.Persons.GroupBy(p => p.Residence.MunicipalityId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var zone = await db.ZoneMemberships.Where(m => m.MunicipalityId == residence && m.ValidTo == null)
            .Select(m => new { m.Zone!.Code, m.Zone.HealthAuthorityId }).SingleAsync();
        var zoneCode = zone.Code;
        var authority = await db.Organizations.Where(o => o.Kind == OrganizationKind.HealthAuthority && o.HealthAuthorityId == zone.HealthAuthorityId)
            .Select(o => o.Id).SingleAsync();
        var comune = await db.Organizations.Where(o => o.Kind == OrganizationKind.Municipality && o.MunicipalityId == residence).Select(o => o.Id).FirstAsync();
        var guestStructure = await db.Placements.GroupBy(p => p.StructureId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var provider = await db.Structures.Where(s => s.Id == guestStructure).Select(s => new { s.OperatorOrganizationId, s.RegionalCode }).SingleAsync();
        var region = await db.Organizations.Where(o => o.Kind == OrganizationKind.Region).Select(o => o.Id).FirstAsync();
        var centre = await db.Organizations.Where(o => o.Kind == OrganizationKind.AntiViolenceCentre && db.Zones.Any(z => z.Id == o.ZoneId && z.Code == zoneCode)).Select(o => o.Id).SingleAsync();
        return new RoleCallers(new Dictionary<Role, CallerClaimSet>
        {
            [Role.DischargePlanner] = new("dp", hospital.ToString(), "HOSPITAL", ["discharge-planner"]),
            [Role.Acot] = new("acot", authority.ToString(), "HEALTH_AUTHORITY", ["acot"], [zoneCode]),
            [Role.SocialWorker] = new("sw", authority.ToString(), "HEALTH_AUTHORITY", ["social-worker"], [zoneCode]),
            [Role.MunicipalOfficer] = new("mo", comune.ToString(), "MUNICIPALITY", ["municipal-officer"]),
            [Role.ProviderOperator] = new("po", provider.OperatorOrganizationId.ToString(), "PROVIDER", ["provider-operator"], Structures: [provider.RegionalCode]),
            [Role.Analyst] = new("an", region.ToString(), "REGION", ["analyst"]),
            [Role.RegistryAdmin] = new("ra", region.ToString(), "REGION", ["registry-admin"]),
            [Role.Auditor] = new("au", region.ToString(), "REGION", ["auditor"]),
            [Role.ChildProtectionWorker] = new("cp", authority.ToString(), "HEALTH_AUTHORITY", ["child-protection-worker"], [zoneCode]),
            [Role.FosterCareOfficer] = new("fc", authority.ToString(), "HEALTH_AUTHORITY", ["foster-care-officer"], [zoneCode]),
            [Role.AntiViolenceOperator] = new("av", centre.ToString(), "ANTI_VIOLENCE_CENTRE", ["anti-violence-operator"]),
        }, residence);
    }

    /// <summary>A context of the host working as this caller, to count what its scopes let through.</summary>
    public static async Task<HubDbContext> ContextAsAsync(IServiceScope scope, CallerClaimSet claims)
    {
        await scope.ServiceProvider.GetRequiredService<RequestAccess>().BindAsync(
            Caller.FromClaims(claims.Subject, claims.Organization, claims.OrganizationKind, claims.Roles, claims.Zones ?? [], claims.Structures ?? []), default);
        return scope.ServiceProvider.GetRequiredService<HubDbContext>();
    }
}
