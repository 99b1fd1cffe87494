using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Access;

/// <summary>One caller of a role, ready to act: the claims of its token and what it can try.</summary>
/// <param name="Description">One line: who it is, on which rows, and what it may do.</param>
public sealed record Persona(Role Role, string Description, CallerClaimSet Claims);

/// <summary>
/// One persona per role of DESIGN §4, chosen from the current database so that each reaches rows:
/// the Florence hospital with most discharge requests, the zone with most cases, the provider of
/// RSA with most placements, the comune with most residents. Ties go by name or code, so the same
/// database always gives the same personas. Reads every row: run it as the system.
/// </summary>
public static class DemoPersonas
{
    private const string Florence = "Firenze";

    /// <param name="db">A context that reaches every row (the system's).</param>
    /// <param name="access">The access settings: a hospital reaches the patients of requests closed within <see cref="AccessOptions.HospitalGraceDays"/>.</param>
    /// <param name="ct">Cancels the reads.</param>
    /// <returns>One persona per role, or null when the database holds no demo data (no discharge request or RSA placement to reach).</returns>
    /// <exception cref="StaleDemoDataException">The demo data predates the minors-and-families seed: the busiest zone has no Centro antiviolenza.</exception>
    public static async Task<IReadOnlyList<Persona>?> TryLoadAsync(HubDbContext db, AccessOptions access, CancellationToken ct)
    {
        if (!await db.DischargeRequests.AnyAsync(ct)
            || !await db.Placements.AnyAsync(p => db.Structures.Any(s => s.Id == p.StructureId && s.Kind == StructureKind.Rsa), ct))
            return null;
        var hospital = await HospitalAsync(db, db.Scope.Clock.GetUtcNow().AddDays(-access.HospitalGraceDays), ct);
        var zone = await db.CareCases.GroupBy(c => c.ZoneId).Select(g => new { ZoneId = g.Key, Cases = g.Count() })
            .Join(db.Zones, g => g.ZoneId, z => z.Id, (g, z) => new { z.Code, z.Name, z.HealthAuthorityId, g.Cases })
            .OrderByDescending(z => z.Cases).ThenBy(z => z.Code).FirstAsync(ct);
        var authority = await db.Organizations.Where(o => o.Kind == OrganizationKind.HealthAuthority && o.HealthAuthorityId == zone.HealthAuthorityId)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).FirstAsync(ct);
        var provider = await ProviderAsync(db, ct);
        // The zone's social workers are on the staff of its Società della Salute: the personas who write a diary, a case team or a
        // family's suitability act as one of them (their 'staff' claim), so they work for them with no token of one's own.
        var society = await db.Organizations.Where(o => o.Kind == OrganizationKind.HealthSociety && db.Zones.Any(z => z.Id == o.ZoneId && z.Code == zone.Code))
            .Select(o => new { o.Id, o.Name }).FirstAsync(ct);
        var workers = db.StaffMembers.Where(m => m.OrganizationId == society.Id && m.Profession == Profession.SocialWorker && m.ClosedOn == null);
        var worker = await workers.OrderBy(m => m.LastName).ThenBy(m => m.FirstName).ThenBy(m => m.Id)
            .Select(m => new StaffClaim(m.Id, m.FirstName + " " + m.LastName)).FirstAsync(ct);
        // The child-protection worker is the one managing most minors' cases, so its own cases are among those it sees.
        var minorsWorker = await workers
            .OrderByDescending(m => db.CareCases.Count(c => c.CaseManagerId == m.Id && c.Area == ServiceArea.MinorsFamilies))
            .ThenBy(m => m.LastName).ThenBy(m => m.FirstName).ThenBy(m => m.Id).Select(m => new StaffClaim(m.Id, m.FirstName + " " + m.LastName)).FirstAsync(ct);
        var comune = await db.Organizations.Where(o => o.Kind == OrganizationKind.Municipality)
            .Select(o => new { o.Id, o.Name, Residents = db.Persons.Count(p => p.Residence.MunicipalityId == o.MunicipalityId) })
            .OrderByDescending(o => o.Residents).ThenBy(o => o.Name).FirstAsync(ct);
        var region = await db.Organizations.Where(o => o.Kind == OrganizationKind.Region).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).FirstAsync(ct);
        // A database seeded before the minors-and-families seed (issue 17) has no centre: said as such, not as a failed read.
        var centre = await db.Organizations.Where(o => o.Kind == OrganizationKind.AntiViolenceCentre && db.Zones.Any(z => z.Id == o.ZoneId && z.Code == zone.Code))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(ct) ?? throw new StaleDemoDataException(zone.Code);
        // The centre's operator acts as one of its staff, the case manager of its demo cases: it names its cases' team and keeps their diary.
        var centreWorker = await db.StaffMembers.Where(m => m.OrganizationId == centre.Id && m.ClosedOn == null)
            .OrderBy(m => m.LastName).ThenBy(m => m.FirstName).ThenBy(m => m.Id).Select(m => new StaffClaim(m.Id, m.FirstName + " " + m.LastName)).FirstAsync(ct);
        var ward = $"{hospital.Name} ({hospital.Comune})";
        return
        [
            new(Role.DischargePlanner, $"Discharge planner of {ward}: looks persons up by codice fiscale (one of its patients: {hospital.Patient}), files and follows its {hospital.Requests} discharge requests.",
                new("demo-discharge-planner", hospital.Id.ToString(), "HOSPITAL", [Role.DischargePlanner.Name()])),
            new(Role.Acot, $"ACOT of {authority.Name} for zone {zone.Name} ({zone.Code}): acknowledges, assesses and schedules its discharge requests.",
                new("demo-acot", authority.Id.ToString(), "HEALTH_AUTHORITY", [Role.Acot.Name()], [zone.Code])),
            new(Role.SocialWorker, $"Social worker of {society.Name} ({zone.Code}), as {worker}: the full record of its residents and {zone.Cases} cases, the diary.",
                new("demo-social-worker", society.Id.ToString(), "HEALTH_SOCIETY", [Role.SocialWorker.Name()], [zone.Code], Staff: worker.Claim)),
            new(Role.ProviderOperator, $"Operator of {provider.Name}, running {provider.Codes.Count} structures ({string.Join(", ", provider.Codes)}): its {provider.Placements} placements and their guests.",
                new("demo-provider-operator", provider.Id.ToString(), "PROVIDER", [Role.ProviderOperator.Name()], Structures: provider.Codes)),
            new(Role.MunicipalOfficer, $"Officer of {comune.Name}: its {comune.Residents} residents known to services and their cases, no health data.",
                new("demo-municipal-officer", comune.Id.ToString(), "MUNICIPALITY", [Role.MunicipalOfficer.Name()])),
            new(Role.Analyst, $"Analyst of {region.Name}: planning figures of every zone, no person.",
                new("demo-analyst", region.Id.ToString(), "REGION", [Role.Analyst.Name()])),
            new(Role.Auditor, $"Auditor of {region.Name}: the audit trail, who read or changed whose data.",
                new("demo-auditor", region.Id.ToString(), "REGION", [Role.Auditor.Name()])),
            new(Role.RegistryAdmin, $"Registry administrator of {region.Name}: master data (territory, organisations, structures, services, staff), no person.",
                new("demo-registry-admin", region.Id.ToString(), "REGION", [Role.RegistryAdmin.Name()])),
            new(Role.ChildProtectionWorker, $"Child-protection social worker of {society.Name} ({zone.Code}), as {minorsWorker}: its cases with the court's measures (JUDICIAL), affidi, communities, the diary.",
                new("demo-child-protection-worker", society.Id.ToString(), "HEALTH_SOCIETY", [Role.ChildProtectionWorker.Name()], [zone.Code], Staff: minorsWorker.Claim)),
            new(Role.FosterCareOfficer, $"Foster-care officer of {society.Name} ({zone.Code}), as {worker}: the zone's foster families and affidi, its minors-and-families cases, no court measure.",
                new("demo-foster-care-officer", society.Id.ToString(), "HEALTH_SOCIETY", [Role.FosterCareOfficer.Name()], [zone.Code], Staff: worker.Claim)),
            new(Role.AntiViolenceOperator, $"Operator of {centre.Name}, as {centreWorker}: the centre's own cases and the women in them, seen by nobody else but the team it names; their diary and shelter stays.",
                new("demo-anti-violence-operator", centre.Id.ToString(), "ANTI_VIOLENCE_CENTRE", [Role.AntiViolenceOperator.Name()], Staff: centreWorker.Claim)),
        ];
    }

    /// <summary>
    /// The staff member a persona acts as (its token's <c>staff</c> claim), shown by name and by the StaffMember id that mutations take
    /// (assignCaseManager, recordAssessment's members, assessFosterFamily), e.g. <c>staff member Marta Amato (StaffMember U3Rh…)</c>.
    /// </summary>
    private sealed record StaffClaim(Guid Id, string Name)
    {
        public string Claim => Id.ToString();

        public override string ToString() => $"staff member {Name} (StaffMember {GraphQL.Relay.GlobalId.Encode("StaffMember", Id)})";
    }

    /// <summary>
    /// The hospital with most discharge requests, one in Florence if any has some, with the codice fiscale of a patient of its latest request
    /// it still reaches whose plan is in force (the demo data's codici fiscali follow its birth dates, which follow Hub:Seed:Today, so none
    /// is fixed in README).
    /// </summary>
    private static async Task<(Guid Id, string Name, string Comune, int Requests, string Patient)> HospitalAsync(HubDbContext db, DateTimeOffset closedSince,
        CancellationToken ct)
    {
        var hospital = await db.Organizations.Where(o => o.Kind == OrganizationKind.Hospital)
            .Select(o => new
            {
                o.Id,
                o.Name,
                Comune = db.Municipalities.Where(m => m.Id == o.MunicipalityId).Select(m => m.Name).FirstOrDefault() ?? "",
                Requests = db.DischargeRequests.Count(d => d.HospitalOrganizationId == o.Id),
            })
            .Where(h => h.Requests > 0)
            .OrderByDescending(h => h.Comune == Florence).ThenByDescending(h => h.Requests).ThenBy(h => h.Name).FirstAsync(ct);
        // A patient it still reaches (an open request, or one closed within the grace period) with a plan in force, so the lookup
        // shows a plan, placements and a case manager (new user 38: an open request's patient has none yet); else its latest request's.
        var patient = await db.DischargeRequests.Where(d => d.HospitalOrganizationId == hospital.Id)
            .OrderByDescending(d => (d.Status != DischargeRequestStatus.Discharged && d.Status != DischargeRequestStatus.Cancelled || d.UpdatedAt >= closedSince)
                && db.CarePlans.Any(plan => plan.PersonId == d.PersonId && plan.Status == CarePlanStatus.Active))
            .ThenByDescending(d => d.SubmittedOn).ThenBy(d => d.Id)
            .SelectMany(d => db.Persons.Where(p => p.Id == d.PersonId && p.ProtectingCentreId == null).Select(p => p.Identifier)).FirstAsync(ct);
        return (hospital.Id, hospital.Name, hospital.Comune, hospital.Requests, patient);
    }

    /// <summary>The provider whose RSA hold most placements, with the regional codes of all its structures.</summary>
    private static async Task<(Guid Id, string Name, List<string> Codes, int Placements)> ProviderAsync(HubDbContext db, CancellationToken ct)
    {
        var busiest = await db.Placements.Join(db.Structures.Where(s => s.Kind == StructureKind.Rsa), p => p.StructureId, s => s.Id, (p, s) => s.OperatorOrganizationId)
            .GroupBy(id => id).Select(g => new { Id = g.Key, Placements = g.Count() })
            .Join(db.Organizations, g => g.Id, o => o.Id, (g, o) => new { g.Id, o.Name, g.Placements })
            .OrderByDescending(p => p.Placements).ThenBy(p => p.Name).FirstAsync(ct);
        var codes = await db.Structures.Where(s => s.OperatorOrganizationId == busiest.Id).OrderBy(s => s.RegionalCode).Select(s => s.RegionalCode).ToListAsync(ct);
        var placements = await db.Placements.CountAsync(p => db.Structures.Any(s => s.Id == p.StructureId && s.OperatorOrganizationId == busiest.Id), ct);
        return (busiest.Id, busiest.Name, codes, placements);
    }
}

/// <summary>A demo database seeded by an older hub, without data a persona needs: reseeding it is the remedy.</summary>
public sealed class StaleDemoDataException(string zoneCode) : Exception(
    $"The database was seeded before the minors-and-families seed (zone {zoneCode} has no Centro antiviolenza for the anti-violence-operator persona): "
    + "reseed it — stop the hub, delete data/hub.db (the configured SQLite file) and start the hub again, or run 'seed' on an empty database.");
