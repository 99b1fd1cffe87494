using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.SocialRecord;

/// <summary>
/// What social-record tests start from: a comune with its own desk (its municipal officer) in a zone,
/// the zone's social worker, a social worker of another zone, a comune outside the zone, the
/// catalogue's servizio sociale professionale (zone residents, 30 days), the zone's child-protection worker,
/// foster-care officer and anti-violence centre, and the callers who must see nothing: a hospital and a provider. Everything then goes through HTTP as these callers.
/// </summary>
public sealed class SocialWorld
{
    private SocialWorld(HubApiHost host) => Host = host;

    public HubApiHost Host { get; }
    public CareActor Desk { get; private set; } = null!;
    public CareActor SocialWorker { get; private set; } = null!;

    /// <summary>The zone's child-protection social worker (tutela minori), of the same body as <see cref="SocialWorker"/>: the one who reads JUDICIAL fields.</summary>
    public CareActor ChildProtectionWorker { get; private set; } = null!;

    /// <summary>The zone's foster-care officer (Centro Affidi), of the same body.</summary>
    public CareActor FosterCareOfficer { get; private set; } = null!;

    /// <summary>An operator of the zone's Centro antiviolenza.</summary>
    public CareActor AntiViolenceCentre { get; private set; } = null!;

    /// <summary>The organisation id of <see cref="AntiViolenceCentre"/>'s centre, for callers of other roles in it.</summary>
    public string AntiViolenceCentreId { get; private set; } = null!;

    /// <summary>An operator of another zone's Centro antiviolenza.</summary>
    public CareActor OtherAntiViolenceCentre { get; private set; } = null!;

    /// <summary>The staff member of the centre that <see cref="AntiViolenceCentre"/> acts as (its 'staff' claim).</summary>
    public string AntiViolenceCentreStaffId { get; private set; } = null!;
    public CareActor OtherZoneWorker { get; private set; } = null!;

    /// <summary>The claims of <see cref="OtherZoneWorker"/>, for callers of other roles in that body and zone.</summary>
    public CallerClaimSet OtherZoneWorkerClaims { get; private set; } = null!;
    public CareActor Acot { get; private set; } = null!;
    public CareActor Hospital { get; private set; } = null!;

    /// <summary>The organisation (Organization id) of <see cref="Hospital"/>.</summary>
    public string HospitalId { get; private set; } = "";
    public CareActor Provider { get; private set; } = null!;
    public string DeskId { get; private set; } = "";
    public string OtherDeskId { get; private set; } = "";
    public string ComuneId { get; private set; } = "";
    public string ComuneName { get; private set; } = "";
    public string ZoneName { get; private set; } = "";
    public string ZoneId { get; private set; } = "";
    public string ForeignComuneId { get; private set; } = "";
    public string ForeignComuneName { get; private set; } = "";
    public string SocialWorkerId { get; private set; } = "";
    public string OtherZoneWorkerId { get; private set; } = "";
    public string OtherZoneId { get; private set; } = "";
    public string ProfessionalSocialWorkId { get; private set; } = "";

    public static async Task<SocialWorld> CreateAsync(HubApiHost host)
    {
        var world = new SocialWorld(host);
        await using var scope = host.SystemScope();
        await world.LoadAsync(host.SystemContext(scope));
        return world;
    }

    /// <summary>Runs <paramref name="read"/> on a system context of its own, for independent counts.</summary>
    public async Task<T> Read<T>(Func<HubDbContext, Task<T>> read)
    {
        await using var scope = Host.SystemScope();
        return await read(Host.SystemContext(scope));
    }

    /// <summary>A person registered by the zone's social worker, resident in the desk's comune; random names and birth date unless given.</summary>
    public async Task<string> RegisterResidentAsync(string? firstName = null, string? lastName = null, DateOnly? birthDate = null) =>
        (await RegisterCodedResidentAsync(firstName, lastName, birthDate)).Id;

    /// <summary>As <see cref="RegisterResidentAsync"/>, with the codice fiscale and the input it was registered with (female, for the anti-violence pathway when asked).</summary>
    public async Task<(string Id, string FiscalCode, object Input)> RegisterCodedResidentAsync(string? firstName = null, string? lastName = null, DateOnly? birthDate = null,
        bool female = false)
    {
        var (first, last) = (firstName ?? Letters(), lastName ?? Letters());
        var birth = birthDate ?? new DateOnly(1940, 1, 1).AddDays(Random.Shared.Next(0, 15000));
        var code = Hub.Domain.People.FiscalCode.Compose(last, first, female ? Hub.Domain.People.Sex.Female : Hub.Domain.People.Sex.Male, birth, "D612").Value;
        var input = new
        {
            fiscalCode = code, firstName = first, lastName = last, sex = female ? "FEMALE" : "MALE", birthDate = birth.ToString("yyyy-MM-dd"), birthPlaceCode = "D612",
            residence = new { municipalityId = ComuneId, street = "Via Roma 2", postalCode = "50100" },
        };
        var person = await SocialWorker.Succeed("registerPerson", "RegisterPersonInput", input, "person");
        return (person.At("id").GetString()!, code, input);
    }

    /// <summary>The desk's input for a request of servizio sociale professionale for someone known only by name, resident in <paramref name="comuneId"/>.</summary>
    public object ByIdentity(string comuneId, DateOnly? receivedOn = null, string? deskId = null) => new
    {
        deskId = deskId ?? DeskId, requesterKind = "RELATIVE", requesterName = "la figlia",
        identity = new { firstName = "Lucia", lastName = "Neri", residenceMunicipalityId = comuneId },
        serviceId = ProfessionalSocialWorkId, receivedOn = (receivedOn ?? CareWorld.Today).ToString("yyyy-MM-dd"),
    };

    /// <summary>A case opened by the zone's social worker for a new resident, today unless <paramref name="openedOn"/> says.</summary>
    public async Task<string> OpenCaseAsync(DateOnly? openedOn = null)
    {
        var personId = await RegisterResidentAsync();
        return (await SocialWorker.Succeed("openCase", "OpenCaseInput",
            new { personId, zoneId = ZoneId, area = "MINORS_FAMILIES", accessChannel = "SELF", openedOn = (openedOn ?? CareWorld.Today).ToString("yyyy-MM-dd") }, "careCase")).At("id").GetString()!;
    }

    private async Task LoadAsync(HubDbContext db)
    {
        var today = CareWorld.Today;
        // A comune with a desk of its own, whose zone has a social worker.
        var comune = await db.Organizations.Where(o => o.Kind == OrganizationKind.Municipality && o.MunicipalityId != null)
            .Join(db.ZoneMemberships.Where(m => m.ValidFrom <= today && m.ValidTo == null), o => o.MunicipalityId, m => m.MunicipalityId, (o, m) => new { Desk = o, m.Zone, m.Municipality })
            .Where(x => db.StaffMembers.Any(s => s.Profession == Profession.SocialWorker && s.Zones.Any(z => z.Id == x.Zone!.Id)))
            .OrderBy(x => x.Desk.Id).FirstAsync();
        var zone = comune.Zone!;
        (DeskId, ComuneId, ComuneName, ZoneName) = (GlobalId.Encode("Organization", comune.Desk.Id), GlobalId.Encode("Municipality", comune.Municipality!.Id), comune.Municipality.Name, zone.Name);
        ZoneId = GlobalId.Encode("Zone", zone.Id);
        var authority = await db.Organizations.Where(o => o.Kind == OrganizationKind.HealthAuthority && o.HealthAuthorityId == zone.HealthAuthorityId).Select(o => o.Id).SingleAsync();
        Acot = Actor(TestCallers.Acot(authority, zone.Code));
        Desk = Actor(new CallerClaimSet("test-desk", comune.Desk.Id.ToString(), "MUNICIPALITY", ["municipal-officer"]));
        OtherDeskId = GlobalId.Encode("Organization", await db.Organizations.Where(o => o.Kind == OrganizationKind.Municipality && o.Id != comune.Desk.Id).Select(o => o.Id).FirstAsync());
        var foreign = await db.ZoneMemberships.Where(m => m.ValidTo == null && m.ZoneId != zone.Id).OrderBy(m => m.MunicipalityId).Select(m => new { m.MunicipalityId, m.Municipality!.Name, m.Zone!.Code }).FirstAsync();
        (ForeignComuneId, ForeignComuneName) = (GlobalId.Encode("Municipality", foreign.MunicipalityId), foreign.Name);
        var worker = await db.StaffMembers.Include(s => s.Organization).Where(s => s.Profession == Profession.SocialWorker && s.Zones.Any(z => z.Id == zone.Id))
            .OrderBy(s => s.Id).FirstAsync();
        SocialWorkerId = GlobalId.Encode("StaffMember", worker.Id);
        // Social workers act as the staff members they are (the 'staff' claim): diary authors, team members.
        SocialWorker = Actor(TestCallers.SocialWorker(worker.OrganizationId, Caller.ClaimName(worker.Organization!.Kind), zone.Code) with { Staff = worker.Id.ToString() });
        // The same staff member in the child-protection role: the author of the entries it writes.
        ChildProtectionWorker = Actor(new CallerClaimSet("test-child-protection", worker.OrganizationId.ToString(), Caller.ClaimName(worker.Organization.Kind), ["child-protection-worker"], [zone.Code])
            with { Staff = worker.Id.ToString() });
        FosterCareOfficer = Actor(new("test-foster-care", worker.OrganizationId.ToString(), Caller.ClaimName(worker.Organization.Kind), ["foster-care-officer"], [zone.Code]));
        var centres = await db.Organizations.Where(o => o.Kind == OrganizationKind.AntiViolenceCentre).OrderBy(o => o.ZoneId == zone.Id ? 0 : 1).ThenBy(o => o.Id)
            .Select(o => o.Id).Take(2).ToListAsync();
        AntiViolenceCentreId = centres[0].ToString();
        // The centre's operator acts as one of its staff, as its demo persona does: it names its cases' team and keeps their diary.
        var centreWorker = await db.StaffMembers.Where(s => s.OrganizationId == centres[0]).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        AntiViolenceCentreStaffId = GlobalId.Encode("StaffMember", centreWorker);
        AntiViolenceCentre = Actor(new CallerClaimSet("test-anti-violence", AntiViolenceCentreId, "ANTI_VIOLENCE_CENTRE", ["anti-violence-operator"]) with { Staff = centreWorker.ToString() });
        OtherAntiViolenceCentre = Actor(new("test-other-anti-violence", centres[1].ToString(), "ANTI_VIOLENCE_CENTRE", ["anti-violence-operator"]));
        var other = await db.StaffMembers.Include(s => s.Organization).Include(s => s.Zones)
            .Where(s => s.Profession == Profession.SocialWorker && s.Zones.Any(z => z.Code == foreign.Code) && !s.Zones.Any(z => z.Id == zone.Id)).OrderBy(s => s.Id).FirstAsync();
        OtherZoneWorkerClaims = TestCallers.SocialWorker(other.OrganizationId, Caller.ClaimName(other.Organization!.Kind), foreign.Code) with { Staff = other.Id.ToString() };
        OtherZoneWorker = Actor(OtherZoneWorkerClaims);
        OtherZoneWorkerId = GlobalId.Encode("StaffMember", other.Id);
        OtherZoneId = GlobalId.Encode("Zone", other.Zones.First(z => z.Code == foreign.Code).Id);
        var hospital = await db.Organizations.Where(o => o.Kind == OrganizationKind.Hospital).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        (Hospital, HospitalId) = (Actor(TestCallers.DischargePlanner(hospital)), GlobalId.Encode("Organization", hospital));
        var structure = await db.Structures.Where(s => s.OperatorOrganization!.Kind == OrganizationKind.Provider).OrderBy(s => s.Id).Select(s => new { s.OperatorOrganizationId, s.RegionalCode }).FirstAsync();
        Provider = Actor(TestCallers.ProviderOperator(structure.OperatorOrganizationId, structure.RegionalCode));
        ProfessionalSocialWorkId = GlobalId.Encode("Service", await db.Services.Where(s => s.Code == "SSP").Select(s => s.Id).SingleAsync());
    }

    private CareActor Actor(CallerClaimSet caller) => new(Host.CreateClient(caller));

    private static string Letters() => new([.. Enumerable.Range(0, 7).Select(_ => (char)('A' + Random.Shared.Next(26)))]);
}
