using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Minors;
using Hub.Api.Tests.SocialRecord;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Families;

/// <summary>
/// A fresh community for minors in the social world's comune, with one module of six places and its provider's operator, and
/// the child-protection worker's way of placing a minor there: case, UVM, plan with a residential intervention, request,
/// offer; the operator confirms, admits and discharges on the days given.
/// </summary>
public sealed class CommunityWorld
{
    private CommunityWorld(SocialWorld social) => Social = social;

    public SocialWorld Social { get; }
    public CareActor Operator { get; private set; } = null!;
    public string StructureId { get; private set; } = "";
    public string ModuleId { get; private set; } = "";

    public static async Task<CommunityWorld> CreateAsync(HubApiHost host)
    {
        var world = new CommunityWorld(await SocialWorld.CreateAsync(host));
        await world.Social.Read(world.LoadAsync);
        return world;
    }

    /// <summary>
    /// A minor placed in the community: requested the day before <paramref name="admittedOn"/>, discharged on <paramref name="dischargedOn"/> if given;
    /// 12 years old, or born on <paramref name="born"/>.
    /// </summary>
    public async Task<string> PlaceMinorAsync(DateOnly admittedOn, DateOnly? dischargedOn, DateOnly? born = null)
    {
        var minor = born is { } birth ? await ChildProtectionTests.RegisterBornAsync(Social, birth) : await ChildProtectionTests.RegisterAsync(Social, age: 12);
        var interventionId = await ResidentialInterventionAsync(minor);
        var placementId = await RequestAsync(interventionId, admittedOn.AddDays(-1));
        await Social.ChildProtectionWorker.Succeed("offerPlace", "OfferPlaceInput", new { placementId, expiresOn = CareWorld.Today.AddDays(7).ToString("yyyy-MM-dd") }, "placement");
        await Operator.Succeed("confirmPlacement", "PlacementActionInput", new { placementId }, "placement");
        await Operator.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId, admittedOn = admittedOn.ToString("yyyy-MM-dd") }, "placement");
        if (dischargedOn is { } on)
            await Operator.Succeed("dischargePlacement", "DischargePlacementInput", new { placementId, reason = "RETURN_HOME", on = on.ToString("yyyy-MM-dd") }, "placement");
        return placementId;
    }

    /// <summary>The placement request of an intervention into the community's module, as the child-protection worker sends it.</summary>
    public async Task<string> RequestAsync(string interventionId, DateOnly requestedOn) =>
        (await Social.ChildProtectionWorker.Succeed("requestPlacement", "RequestPlacementInput",
            new { interventionId, moduleId = ModuleId, requestedOn = requestedOn.ToString("yyyy-MM-dd") }, "placement")).At("id").GetString()!;

    /// <summary>An active plan for <paramref name="personId"/> with one permanent residential intervention; returns the intervention.</summary>
    public async Task<string> ResidentialInterventionAsync(string personId)
    {
        var worker = Social.ChildProtectionWorker;
        var caseId = (await worker.Succeed("openCase", "OpenCaseInput",
            new { personId, zoneId = Social.ZoneId, area = "MINORS_FAMILIES", accessChannel = "SOCIAL_SERVICE" }, "careCase")).At("id").GetString()!;
        await worker.Succeed("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId }, "careCase");
        var assessmentId = (await worker.Succeed("recordAssessment", "RecordAssessmentInput", new
        {
            careCaseId = caseId, kind = "FIRST", instrument = "UVM minori", careNeedLevel = 3, rulesetVersion = "RT-2024",
            scores = new[] { new { domain = "family", score = 2m } }, memberIds = new[] { Social.SocialWorkerId },
        }, "assessment")).At("id").GetString()!;
        var planId = (await worker.Succeed("draftCarePlan", "DraftCarePlanInput", new { careCaseId = caseId, type = "PAP", goals = "Collocamento in comunità" }, "carePlan")).At("id").GetString()!;
        var plan = await worker.Succeed("addIntervention", "AddInterventionInput", new
        {
            carePlanId = planId,
            intervention = new { kind = "PERMANENT_RESIDENTIAL", serviceId = Social.ProfessionalSocialWorkId, startsOn = CareWorld.Today.AddYears(-2).ToString("yyyy-MM-dd"), socialShare = 120m },
        }, "carePlan", "id interventions { id }");
        await worker.Succeed("proposeCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan");
        await worker.Succeed("activateCarePlan", "ActivateCarePlanInput",
            new { carePlanId = planId, assessmentId, signedBy = "Dott.ssa Rossi", reviewDue = CareWorld.Today.AddMonths(6).ToString("yyyy-MM-dd") }, "carePlan");
        return plan.At("interventions")[0].At("id").GetString()!;
    }

    private async Task<bool> LoadAsync(Hub.Domain.Persistence.HubDbContext db)
    {
        var provider = await db.Organizations.Where(o => o.Kind == OrganizationKind.Provider).OrderByDescending(o => o.Id).FirstAsync();
        var community = new Structure(StructureKind.MinorsCommunity, $"Comunità di prova {Guid.NewGuid():N}"[..30], $"C{Guid.NewGuid():N}"[..20], provider,
            new Address(CareWorld.Key(Social.ComuneId), "Via dei Ragazzi 5", "50100"));
        var module = community.AddModule(ModuleKind.SocioEducationalCommunity, "Comunità socio-educativa", 6, 6, new ModuleTariff(0m, 120m));
        db.Structures.Add(community);
        await db.SaveChangesAsync();
        (StructureId, ModuleId) = (GlobalId.Encode("Structure", community.Id), GlobalId.Encode("StructureModule", module.Id));
        Operator = new CareActor(Social.Host.CreateClient(TestCallers.ProviderOperator(provider.Id, community.RegionalCode)));
        return true;
    }
}
