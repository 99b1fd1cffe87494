using System.Text.Json;
using Hub.Api.Tests.Families;
using Hub.Api.Tests.FosterCare;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Care;
using Hub.Domain.FosterCare;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Care;

/// <summary>
/// One placement at a time (issue 17, review item 9), on every path that places a person, as the real callers: a person placed
/// already (an RSA's guest, a community's minor, a minor in an affido) is refused another place by requestPlacement and
/// startFosterCare alike, and a planned transfer names the placement it replaces, which ends when the new one begins.
/// </summary>
public abstract class OnePlacementTests(HubApiHost host) : HubApiTest(host)
{
    private static string Day(int offset) => FosterCareTests.Day(offset);

    [Fact]
    public async Task An_adult_in_an_RSA_is_refused_another_place_until_a_transfer_names_the_stay_and_the_admission_elsewhere_ends_it()
    {
        var (first, second) = (await CareWorld.CreateAsync(Host), await CareWorld.CreateAsync(Host));
        var (_, _, interventionId, _) = await first.ActivePlanAsync();
        var stayId = await first.ConfirmedPlacementAsync(interventionId);
        await first.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId = stayId }, "placement");
        object Request(string? replaces) => new { interventionId, moduleId = second.ModuleId, maximumEndDate = Day(60), replacesPlacementId = replaces };

        var again = await first.SocialWorker.Refused("requestPlacement", "RequestPlacementInput", Request(null), "placement");
        var transferId = (await first.SocialWorker.Succeed("requestPlacement", "RequestPlacementInput", Request(stayId), "placement")).At("id").GetString()!;
        var thirdWhileWaiting = await first.SocialWorker.Refused("requestPlacement", "RequestPlacementInput", Request(stayId), "placement");
        await first.SocialWorker.Succeed("offerPlace", "OfferPlaceInput", new { placementId = transferId, expiresOn = Day(7) }, "placement");
        await second.Provider.Succeed("confirmPlacement", "PlacementActionInput", new { placementId = transferId }, "placement");
        await second.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId = transferId }, "placement");
        var old = await first.Read(db => db.Placements.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == CareWorld.Key(stayId)));

        Assert.Equal(("ValidationError", "interventionId"), (again.At("__typename").GetString(), again.At("field").GetString()));
        Assert.Equal("interventionId", thirdWhileWaiting.At("field").GetString());
        Assert.Equal((PlacementStatus.Discharged, PlacementDischargeReason.Transfer, CareWorld.Today), (old.Status, old.DischargeReason!.Value, old.EndedOn!.Value));
        Assert.Equal((2, 1), (await first.FreePlacesAsync(), await second.FreePlacesAsync()));
    }

    [Fact]
    public async Task A_minor_in_an_affido_is_refused_a_community_until_the_request_transfers_her_and_the_admission_ends_the_affido()
    {
        var community = await CommunityWorld.CreateAsync(Host);
        var world = community.Social;
        var familyId = await FosterCareTests.SuitableFamilyAsync(world);
        var caseId = await FosterCareTests.MinorCaseAsync(world);
        var affidoId = await AffidoAsync(world, caseId, familyId);
        var minorId = (await world.ChildProtectionWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on CareCase { person { id } } } }", new { id = caseId }))
            .At("node", "person", "id").GetString()!;
        _ = minorId;
        // The community is a plan of the affido's own case: a transfer stays within one case.
        var residential = await InterventionInPlanOfAsync(world, affidoId, "PERMANENT_RESIDENTIAL", world.ProfessionalSocialWorkId, revise: false);
        object Request(string? replaces) => new { interventionId = residential, moduleId = community.ModuleId, requestedOn = Day(0), replacesPlacementId = replaces };

        var refused = await world.ChildProtectionWorker.Refused("requestPlacement", "RequestPlacementInput", Request(null), "placement");
        var transferId = (await world.ChildProtectionWorker.Succeed("requestPlacement", "RequestPlacementInput", Request(affidoId), "placement")).At("id").GetString()!;
        var affidoWhileAsked = await world.Read(db => db.Placements.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == CareWorld.Key(affidoId)));
        await world.ChildProtectionWorker.Succeed("offerPlace", "OfferPlaceInput", new { placementId = transferId, expiresOn = Day(7) }, "placement");
        await community.Operator.Succeed("confirmPlacement", "PlacementActionInput", new { placementId = transferId }, "placement");
        await community.Operator.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId = transferId }, "placement");
        var affido = await world.Read(db => db.Placements.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == CareWorld.Key(affidoId)));

        Assert.Equal(("ValidationError", "interventionId"), (refused.At("__typename").GetString(), refused.At("field").GetString()));
        Assert.Equal(PlacementStatus.Admitted, affidoWhileAsked.Status);
        Assert.Equal((PlacementStatus.Discharged, FosterCareOutcome.CommunityPlacement, CareWorld.Today), (affido.Status, affido.FosterCareOutcome!.Value, affido.EndedOn!.Value));
    }

    [Fact]
    public async Task A_minor_in_a_community_is_refused_an_affido_and_another_place_until_the_affido_transfers_him_and_gives_the_place_back()
    {
        var community = await CommunityWorld.CreateAsync(Host);
        var world = community.Social;
        var familyId = await FosterCareTests.SuitableFamilyAsync(world);
        var stayId = await community.PlaceMinorAsync(CareWorld.Today.AddDays(-10), null);
        var stayed = await world.Read(db => db.Placements.Where(p => p.Id == CareWorld.Key(stayId)).Select(p => new { p.PersonId, p.InterventionId }).SingleAsync());
        var (minorKey, interventionKey) = (stayed.PersonId, stayed.InterventionId);
        // The affido is in a revision of the stay's own plan: a transfer stays within one case.
        var affidi = await world.Read(db => db.Services.Where(x => x.Code == "AFFIDI").Select(x => x.Id).SingleAsync());
        var fosterCare = await InterventionInPlanOfAsync(world, stayId, "FOSTER_CARE", Hub.Api.GraphQL.Relay.GlobalId.Encode("Service", affidi), revise: true);
        object Affido(string? replaces) => new
        {
            interventionId = fosterCare, fosterFamilyId = familyId, basis = "CONSENSUAL", relation = "HETERO_FAMILIAL", schedule = "FULL_TIME", setting = "RESIDENTIAL",
            startsOn = Day(0), plannedEndOn = Day(300), replacesPlacementId = replaces,
        };

        var affidoRefused = await world.FosterCareOfficer.Refused("startFosterCare", "StartFosterCareInput", Affido(null), "placement");
        var secondPlace = await world.ChildProtectionWorker.Refused("requestPlacement", "RequestPlacementInput",
            new { interventionId = Hub.Api.GraphQL.Relay.GlobalId.Encode("Intervention", interventionKey), moduleId = community.ModuleId, requestedOn = Day(0) }, "placement");
        var freeBefore = await FreePlacesAsync(world, community.ModuleId);
        await world.FosterCareOfficer.Succeed("startFosterCare", "StartFosterCareInput", Affido(stayId), "placement");
        var stay = await world.Read(db => db.Placements.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == CareWorld.Key(stayId)));

        Assert.Equal(("ValidationError", "interventionId"), (affidoRefused.At("__typename").GetString(), affidoRefused.At("field").GetString()));
        Assert.Equal("interventionId", secondPlace.At("field").GetString());
        Assert.Equal((PlacementStatus.Discharged, PlacementDischargeReason.Transfer), (stay.Status, stay.DischargeReason!.Value));
        Assert.Equal(freeBefore + 1, await FreePlacesAsync(world, community.ModuleId));
        Assert.Equal(1, await world.Read(db => db.Placements.CountAsync(p => p.PersonId == minorKey && p.Status == PlacementStatus.Admitted)));
    }

    [Fact]
    public async Task A_transfer_names_a_placement_of_the_same_case_and_another_case_s_stay_the_caller_sees_is_not_found()
    {
        // Red team 35, F4: a placement the caller reaches through another case (a transfer waiting, a team) was ended by its admission here.
        var (first, second) = (await CareWorld.CreateAsync(Host), await CareWorld.CreateAsync(Host));
        var (_, _, someoneElse, _) = await first.ActivePlanAsync();
        var (_, _, interventionId, _) = await first.ActivePlanAsync();
        var othersStay = await first.ConfirmedPlacementAsync(someoneElse);
        await first.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId = othersStay }, "placement");

        var refused = await first.SocialWorker.Refused("requestPlacement", "RequestPlacementInput",
            new { interventionId, moduleId = second.ModuleId, maximumEndDate = Day(60), replacesPlacementId = othersStay }, "placement");
        var seen = await first.SocialWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = othersStay });

        Assert.Equal("NotFoundError", refused.At("__typename").GetString());
        Assert.Equal(othersStay, seen.At("node", "id").GetString());
        Assert.Equal(PlacementStatus.Admitted, await first.Read(db => db.Placements.Where(p => p.Id == CareWorld.Key(othersStay)).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_stay_out_of_the_callers_sight_refuses_every_start_before_today_alike_whatever_its_end_day_and_none_from_today()
    {
        // Red team 35, F4: "placed already" moved with the end day of a stay the caller cannot read, which backdated requests binary-searched.
        var (first, second) = (await CareWorld.CreateAsync(Host), await CareWorld.CreateAsync(Host));
        var (_, _, interventionId, _) = await first.ActivePlanAsync();
        var (_, _, elsewhere, _) = await second.ActivePlanAsync();
        var stayId = await first.DischargedStayAsync(interventionId, requestedOn: -40, admittedOn: -30, endedOn: -10);
        // The stay becomes a case's of another zone: out of the first zone's sight, as a case it lost.
        var otherZone = await first.Read(db => db.Zones.Where(z => z.Id != CareWorld.Key(first.ZoneId)).OrderBy(z => z.Code).Select(z => z.Id).FirstAsync());
        await first.Read(db => db.CareCases.IgnoreQueryFilters()
            .Where(c => db.CarePlans.Any(p => p.CareCaseId == c.Id && db.Interventions.Any(i => i.CarePlanId == p.Id && i.Id == CareWorld.Key(elsewhere))))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ZoneId, otherZone)));
        await first.Read(db => db.Placements.IgnoreQueryFilters().Where(p => p.Id == CareWorld.Key(stayId))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.InterventionId, CareWorld.Key(elsewhere))));
        Assert.Equal(JsonValueKind.Null, (await first.SocialWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = stayId })).At("node").ValueKind);
        object Request(int day) => new { interventionId, moduleId = second.ModuleId, requestedOn = Day(day), maximumEndDate = Day(60) };

        var beforeItsEnd = await first.SocialWorker.Refused("requestPlacement", "RequestPlacementInput", Request(-20), "placement");
        var afterItsEnd = await first.SocialWorker.Refused("requestPlacement", "RequestPlacementInput", Request(-5), "placement");
        await first.SocialWorker.Succeed("requestPlacement", "RequestPlacementInput", Request(0), "placement");

        Assert.Equal(("ValidationError", "interventionId"), (afterItsEnd.At("__typename").GetString(), afterItsEnd.At("field").GetString()));
        Assert.Equal(beforeItsEnd.ToString(), afterItsEnd.ToString());
    }

    private static async Task<string> AffidoAsync(Hub.Api.Tests.SocialRecord.SocialWorld world, string caseId, string familyId)
    {
        var interventionId = await FosterCareTests.FosterCareInterventionAsync(world, caseId);
        return (await world.FosterCareOfficer.Succeed("startFosterCare", "StartFosterCareInput", new
        {
            interventionId, fosterFamilyId = familyId, basis = "CONSENSUAL", relation = "HETERO_FAMILIAL", schedule = "FULL_TIME", setting = "RESIDENTIAL",
            startsOn = Day(-1), plannedEndOn = Day(300),
        }, "placement")).At("id").GetString()!;
    }

    /// <summary>An intervention of <paramref name="kind"/> added to the plan of <paramref name="placementId"/>'s intervention, or to a revision of it.</summary>
    private static async Task<string> InterventionInPlanOfAsync(Hub.Api.Tests.SocialRecord.SocialWorld world, string placementId, string kind, string serviceId, bool revise)
    {
        var planKey = await world.Read(db => db.Placements.Where(p => p.Id == CareWorld.Key(placementId))
            .Select(p => db.Interventions.Where(i => i.Id == p.InterventionId).Select(i => i.CarePlanId).Single()).SingleAsync());
        var planId = Hub.Api.GraphQL.Relay.GlobalId.Encode("CarePlan", planKey);
        if (revise)
            planId = (await world.ChildProtectionWorker.Succeed("reviseCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan")).At("id").GetString()!;
        var plan = await world.ChildProtectionWorker.Succeed("addIntervention", "AddInterventionInput", new
        {
            carePlanId = planId, intervention = new { kind, serviceId, startsOn = Day(-6), socialShare = 120m },
        }, "carePlan", "interventions { id kind }");
        return plan.At("interventions").EnumerateArray().Last(i => i.At("kind").GetString() == kind).At("id").GetString()!;
    }

    private static Task<int> FreePlacesAsync(Hub.Api.Tests.SocialRecord.SocialWorld world, string moduleId) =>
        world.Read(db => db.StructureModules.Where(m => m.Id == CareWorld.Key(moduleId)).Select(m => m.ContractedPlaces - m.OccupiedPlaces).SingleAsync());
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteOnePlacementTests(HubApiFactory host) : OnePlacementTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresOnePlacementTests(PostgresHubApiFactory host) : OnePlacementTests(host);
