using System.Text.Json;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Care;

/// <summary>
/// What care tests start from: ids of seeded master data (a comune with its zone, a hospital, a
/// social worker serving the zone, a service) and a fresh RSA with one module of known places, so
/// no test depends on the occupancy other tests leave behind. Everything the tests then change
/// goes through HTTP, each step by the caller who does it in reality (DESIGN §1, §4): the
/// hospital's discharge planner, the zone's ACOT, the zone's social worker, the RSA's operator.
/// </summary>
public sealed class CareWorld
{
    private CareWorld(HubApiHost host) => (Host, Client) = (host, host.CreateClient());

    public HubApiHost Host { get; }

    /// <summary>The all-seeing test caller, for browsing queries checked against independent counts.</summary>
    public HttpClient Client { get; }

    public CareActor Hospital { get; private set; } = null!;
    public CareActor Acot { get; private set; } = null!;
    public CareActor SocialWorker { get; private set; } = null!;
    public CareActor Provider { get; private set; } = null!;
    public string MunicipalityId { get; private set; } = "";
    public string ZoneId { get; private set; } = "";
    public string HospitalId { get; private set; } = "";
    public string SocialWorkerId { get; private set; } = "";
    public string SocialWorkerLastName { get; private set; } = "";
    public string ServiceId { get; private set; } = "";
    public string StructureName { get; private set; } = "";
    public string ModuleId { get; private set; } = "";
    public Guid ModuleKey { get; private set; }

    public static async Task<CareWorld> CreateAsync(HubApiHost host, int modulePlaces = 2)
    {
        var world = new CareWorld(host);
        await world.Read(db => world.LoadAsync(db, modulePlaces));
        return world;
    }

    /// <summary>Runs <paramref name="read"/> on a system context of its own, for arranging master data and independent counts.</summary>
    public async Task<T> Read<T>(Func<HubDbContext, Task<T>> read)
    {
        await using var scope = Host.SystemScope();
        return await read(Host.SystemContext(scope));
    }

    /// <summary>A new person with a valid, unique codice fiscale, resident in the world's comune.</summary>
    public async Task<(string Id, string FiscalCode)> RegisterPersonAsync()
    {
        var (first, last) = (Letters(), Letters());
        var birth = new DateOnly(1930, 1, 1).AddDays(Random.Shared.Next(0, 20000));
        var code = FiscalCode.Compose(last, first, Sex.Female, birth, "D612").Value;
        var person = await SocialWorker.Succeed("registerPerson", "RegisterPersonInput", new
        {
            fiscalCode = code, firstName = first, lastName = last, sex = "FEMALE", birthDate = birth.ToString("yyyy-MM-dd"), birthPlaceCode = "D612",
            residence = new { municipalityId = MunicipalityId, street = "Via Roma 1", postalCode = "50100" },
        }, "person");
        return (person.At("id").GetString()!, code);
    }

    /// <summary>A case in state ASSESSING with an assessment and an ACTIVE plan holding one temporary residential intervention.</summary>
    public async Task<(string CaseId, string PlanId, string InterventionId, string PersonId)> ActivePlanAsync()
    {
        var (personId, _) = await RegisterPersonAsync();
        var caseId = (await SocialWorker.Succeed("openCase", "OpenCaseInput",
            new { personId, zoneId = ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "ACCESS_POINT" }, "careCase")).At("id").GetString()!;
        await SocialWorker.Succeed("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId }, "careCase");
        var assessmentId = (await SocialWorker.Succeed("recordAssessment", "RecordAssessmentInput", Assessment(caseId), "assessment")).At("id").GetString()!;
        var plan = await SocialWorker.Succeed("draftCarePlan", "DraftCarePlanInput", new { careCaseId = caseId, type = "PAP", goals = "Sollievo temporaneo" }, "carePlan");
        var planId = plan.At("id").GetString()!;
        var withIntervention = await SocialWorker.Succeed("addIntervention", "AddInterventionInput", new { carePlanId = planId, intervention = TemporaryStay() }, "carePlan", "id interventions { id }");
        await SocialWorker.Succeed("proposeCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan");
        await SocialWorker.Succeed("activateCarePlan", "ActivateCarePlanInput",
            new { carePlanId = planId, assessmentId, signedBy = "Dott.ssa Bianchi", reviewDue = Today.AddMonths(6).ToString("yyyy-MM-dd") }, "carePlan");
        return (caseId, planId, withIntervention.At("interventions")[0].At("id").GetString()!, personId);
    }

    /// <summary>A placement in state CONFIRMED in the world's module.</summary>
    public async Task<string> ConfirmedPlacementAsync(string interventionId)
    {
        var placementId = (await SocialWorker.Succeed("requestPlacement", "RequestPlacementInput",
            new { interventionId, moduleId = ModuleId, maximumEndDate = Today.AddDays(60).ToString("yyyy-MM-dd") }, "placement")).At("id").GetString()!;
        await SocialWorker.Succeed("offerPlace", "OfferPlaceInput", new { placementId, expiresOn = Today.AddDays(7).ToString("yyyy-MM-dd") }, "placement");
        await Provider.Succeed("confirmPlacement", "PlacementActionInput", new { placementId }, "placement");
        return placementId;
    }

    /// <summary>
    /// A stay in the world's module for <paramref name="interventionId"/>: asked for <paramref name="requestedOn"/> days from today, admitted
    /// <paramref name="admittedOn"/>, discharged home <paramref name="endedOn"/>; its placement id.
    /// </summary>
    public async Task<string> DischargedStayAsync(string interventionId, int requestedOn, int admittedOn, int endedOn)
    {
        string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd");
        var stayId = (await SocialWorker.Succeed("requestPlacement", "RequestPlacementInput",
            new { interventionId, moduleId = ModuleId, requestedOn = Day(requestedOn), maximumEndDate = Day(60) }, "placement")).At("id").GetString()!;
        await SocialWorker.Succeed("offerPlace", "OfferPlaceInput", new { placementId = stayId, expiresOn = Day(7) }, "placement");
        await Provider.Succeed("confirmPlacement", "PlacementActionInput", new { placementId = stayId }, "placement");
        await Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId = stayId, admittedOn = Day(admittedOn) }, "placement");
        await Provider.Succeed("dischargePlacement", "DischargePlacementInput", new { placementId = stayId, reason = "RETURN_HOME", on = Day(endedOn) }, "placement");
        return stayId;
    }

    public object Assessment(string careCaseId, string kind = "FIRST") => new
    {
        careCaseId, kind, instrument = "SVAMA", careNeedLevel = 4, rulesetVersion = "RT-2024",
        scores = new[] { new { domain = "ADL", score = 2.5m }, new { domain = "cognitive", score = 18m } },
        memberIds = new[] { SocialWorkerId },
    };

    public object TemporaryStay() => new
    {
        kind = "TEMPORARY_RESIDENTIAL", serviceId = ServiceId, frequency = "continuativo", startsOn = Today.ToString("yyyy-MM-dd"),
        endsOn = Today.AddDays(60).ToString("yyyy-MM-dd"), healthShare = 58.5m, socialShare = 55m,
    };

    public Task<int> FreePlacesAsync() => Read(db => db.StructureModules.Where(m => m.Id == ModuleKey).Select(m => m.ContractedPlaces - m.OccupiedPlaces).SingleAsync());

    /// <summary>The database key inside a global id, for checking the database directly.</summary>
    public static Guid Key(string globalId) => GlobalId.TryDecode(globalId, out _, out var id) ? id : throw new ArgumentException(globalId);

    /// <summary>The hub's business date now (the Italian date, as the hub defaults dates).</summary>
    public static DateOnly Today => new BusinessClock(TimeProvider.System).Today;

    private async Task<bool> LoadAsync(HubDbContext db, int modulePlaces)
    {
        var today = Today;
        var membership = await db.ZoneMemberships.Include(z => z.Zone).Where(z => z.ValidFrom <= today && (z.ValidTo == null || z.ValidTo >= today))
            .OrderBy(z => z.MunicipalityId).FirstAsync();
        var zone = membership.Zone!;
        MunicipalityId = GlobalId.Encode("Municipality", membership.MunicipalityId);
        ZoneId = GlobalId.Encode("Zone", zone.Id);
        await LoadCallersAsync(db, zone);
        ServiceId = GlobalId.Encode("Service", await db.Services.OrderBy(s => s.Code).Select(s => s.Id).FirstAsync());
        var provider = await db.Organizations.Where(o => o.Kind == OrganizationKind.Provider).OrderBy(o => o.Id).FirstAsync();
        StructureName = $"RSA di prova {Guid.NewGuid():N}"[..30];
        var structure = new Structure(StructureKind.Rsa, StructureName, $"T{Guid.NewGuid():N}"[..20], provider, new Address(membership.MunicipalityId, "Via dei Test 1", "50100"));
        var module = structure.AddModule(ModuleKind.Base, "Modulo base", modulePlaces, modulePlaces, new ModuleTariff(58.5m, 55m));
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        (ModuleId, ModuleKey) = (GlobalId.Encode("StructureModule", module.Id), module.Id);
        Provider = new CareActor(Host.CreateClient(TestCallers.ProviderOperator(provider.Id, structure.RegionalCode)));
        return true;
    }

    // A hospital of the zone, the zone's Azienda USL for ACOT, and a social worker who serves the zone acting as herself.
    private async Task LoadCallersAsync(HubDbContext db, Zone zone)
    {
        var hospital = await db.Organizations.Where(o => o.Kind == OrganizationKind.Hospital).OrderBy(o => o.ZoneId == zone.Id ? 0 : 1).ThenBy(o => o.Id).Select(o => o.Id).FirstAsync();
        HospitalId = GlobalId.Encode("Organization", hospital);
        Hospital = new CareActor(Host.CreateClient(TestCallers.DischargePlanner(hospital)));
        var authority = await db.Organizations.Where(o => o.Kind == OrganizationKind.HealthAuthority && o.HealthAuthorityId == zone.HealthAuthorityId).Select(o => o.Id).SingleAsync();
        Acot = new CareActor(Host.CreateClient(TestCallers.Acot(authority, zone.Code)));
        var worker = await db.StaffMembers.Include(s => s.Organization).Where(s => s.Profession == Profession.SocialWorker && s.Zones.Any(z => z.Id == zone.Id))
            .OrderBy(s => s.Id).FirstAsync();
        (SocialWorkerId, SocialWorkerLastName) = (GlobalId.Encode("StaffMember", worker.Id), worker.LastName);
        SocialWorker = new CareActor(Host.CreateClient(TestCallers.SocialWorker(worker.OrganizationId, Caller.ClaimName(worker.Organization!.Kind), zone.Code)));
    }

    private static string Letters() => new([.. Enumerable.Range(0, 7).Select(_ => (char)('A' + Random.Shared.Next(26)))]);
}

/// <summary>One caller of the care flow, calling mutations through its own authenticated client.</summary>
public sealed class CareActor(HttpClient client)
{
    private const string ErrorFields =
        "errors { __typename message ... on ValidationError { field } ... on InvalidTransitionError { entity from to action allowedMutations nextStates } "
        + "... on ConcurrencyError { objectId expectedVersion actualVersion } ... on CapacityExceededError { moduleId contractedPlaces } ... on NotFoundError { id } }";

    public HttpClient Client { get; } = client;

    /// <summary>Calls a mutation and returns its payload; the response must have no GraphQL errors.</summary>
    public async Task<JsonElement> Mutate(string name, string inputType, object input, string selection = "")
    {
        var document = $"mutation($input: {inputType}!) {{ {name}(input: $input) {{ {selection} {ErrorFields} }} }}";
        return (await Client.DataAsync(document, new { input })).At(name);
    }

    /// <summary>Calls a mutation that must succeed and returns the changed object.</summary>
    public async Task<JsonElement> Succeed(string name, string inputType, object input, string field, string selection = "id version")
    {
        var payload = await Mutate(name, inputType, input, $"{field} {{ {selection} }}");
        Assert.True(payload.At("errors").GetArrayLength() == 0, $"{name} failed: {payload.At("errors")}");
        return payload.At(field);
    }

    /// <summary>Calls a mutation that must be refused and returns its one error.</summary>
    public async Task<JsonElement> Refused(string name, string inputType, object input, string field)
    {
        var payload = await Mutate(name, inputType, input, $"{field} {{ id }}");
        Assert.Equal(JsonValueKind.Null, payload.At(field).ValueKind);
        return Assert.Single(payload.At("errors").EnumerateArray());
    }
}
