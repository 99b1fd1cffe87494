using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Care;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Care;

public abstract class PlacementMutationTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Admit_refuses_when_module_is_full()
    {
        var world = await CareWorld.CreateAsync(Host, modulePlaces: 1);
        var (_, _, interventionId, _) = await world.ActivePlanAsync();
        var (_, _, anotherPersons, _) = await world.ActivePlanAsync();
        var first = await world.ConfirmedPlacementAsync(interventionId);
        var second = await world.ConfirmedPlacementAsync(anotherPersons);
        await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId = first }, "placement");

        var error = await world.Provider.Refused("admitPlacement", "AdmitPlacementInput", new { placementId = second }, "placement");

        Assert.Equal(("CapacityExceededError", world.ModuleId, 1),
            (error.At("__typename").GetString(), error.At("moduleId").GetString(), error.At("contractedPlaces").GetInt32()));
        Assert.Equal(0, await world.FreePlacesAsync());
        Assert.Equal(PlacementStatus.Confirmed, await world.Read(db => db.Placements.Where(p => p.Id == CareWorld.Key(second)).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Absence_return_and_discharge_keep_then_free_the_place()
    {
        var world = await CareWorld.CreateAsync(Host, modulePlaces: 1);
        var (_, _, interventionId, _) = await world.ActivePlanAsync();
        var placementId = await world.ConfirmedPlacementAsync(interventionId);
        await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId }, "placement");

        var absent = await world.Provider.Succeed("recordAbsence", "RecordAbsenceInput", new { placementId }, "placement", "status absentSince");
        var freeWhileAbsent = await world.FreePlacesAsync();
        var back = await world.Provider.Succeed("recordReturn", "PlacementActionInput", new { placementId }, "placement", "status");
        var discharged = await world.Provider.Succeed("dischargePlacement", "DischargePlacementInput", new { placementId, reason = "RETURN_HOME" }, "placement", "status dischargeReason");

        Assert.Equal(("ABSENT", 0, "ADMITTED"), (absent.At("status").GetString(), freeWhileAbsent, back.At("status").GetString()));
        Assert.Equal(("DISCHARGED", "RETURN_HOME"), (discharged.At("status").GetString(), discharged.At("dischargeReason").GetString()));
        Assert.Equal(1, await world.FreePlacesAsync());
    }

    [Fact]
    public async Task The_waiting_list_comes_by_priority_and_an_offer_leaves_it()
    {
        var world = await CareWorld.CreateAsync(Host);
        var requests = new List<string>();
        foreach (var priority in new[] { 3, 1, 2 })
        {
            // Three persons: one is placed at a time.
            var (_, _, interventionId, _) = await world.ActivePlanAsync();
            var id = (await world.SocialWorker.Succeed("requestPlacement", "RequestPlacementInput",
                new { interventionId, moduleId = world.ModuleId, maximumEndDate = CareWorld.Today.AddDays(30).ToString("yyyy-MM-dd") }, "placement")).At("id").GetString()!;
            await world.SocialWorker.Succeed("waitlistPlacement", "WaitlistPlacementInput", new { placementId = id, priority }, "placement");
            requests.Add(id);
        }
        await world.SocialWorker.Succeed("offerPlace", "OfferPlaceInput", new { placementId = requests[1], expiresOn = CareWorld.Today.AddDays(5).ToString("yyyy-MM-dd") }, "placement");

        var waiting = (await world.Client.DataAsync("""
            query($module: ID!) { placements(where: { module: { id: { eq: $module } }, status: { eq: WAITLISTED } }, order: [{ priority: ASC }]) { nodes { id priority } } }
            """, new { module = world.ModuleId })).At("placements", "nodes").EnumerateArray().Select(p => (p.At("id").GetString(), p.At("priority").GetInt32()));

        Assert.Equal([(requests[2], 2), (requests[0], 3)], waiting);
    }

    [Fact]
    public async Task A_temporary_placement_needs_a_maximum_end_date()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, _, interventionId, _) = await world.ActivePlanAsync();

        var error = await world.SocialWorker.Refused("requestPlacement", "RequestPlacementInput", new { interventionId, moduleId = world.ModuleId }, "placement");

        Assert.Equal(("ValidationError", "maximumEndDate"), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.False(await world.Read(db => db.Placements.AnyAsync(p => p.ModuleId == world.ModuleKey)));
    }

    [Fact]
    public async Task Declining_an_admitted_placement_is_refused()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, _, interventionId, _) = await world.ActivePlanAsync();
        var placementId = await world.ConfirmedPlacementAsync(interventionId);
        await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId }, "placement");

        var error = await world.SocialWorker.Refused("declinePlacement", "EndPlacementInput", new { placementId, note = "Ci ha ripensato" }, "placement");

        Assert.Equal(("InvalidTransitionError", "ADMITTED", "DECLINED"), (error.At("__typename").GetString(), error.At("from").GetString(), error.At("to").GetString()));
    }

    [Fact]
    public async Task Admit_retry_with_the_same_key_returns_the_first_payload_and_changes_nothing()
    {
        var world = await CareWorld.CreateAsync(Host, modulePlaces: 2);
        var (_, _, interventionId, _) = await world.ActivePlanAsync();
        var placementId = await world.ConfirmedPlacementAsync(interventionId);
        var input = new { placementId, admittedOn = CareWorld.Today.ToString("yyyy-MM-dd"), idempotencyKey = Guid.NewGuid().ToString() };

        var first = await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", input, "placement", "id version status");
        var retry = await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", input, "placement", "id version status");

        Assert.Equal(first.ToString(), retry.ToString());
        Assert.Equal(1, await world.FreePlacesAsync());
        Assert.Equal(1, await world.Read(db => db.IdempotencyRecords.CountAsync(r => r.Key == input.idempotencyKey)));
    }

    [Fact]
    public async Task The_same_key_with_a_different_input_is_refused()
    {
        var world = await CareWorld.CreateAsync(Host, modulePlaces: 2);
        var (_, _, interventionId, _) = await world.ActivePlanAsync();
        var placementId = await world.ConfirmedPlacementAsync(interventionId);
        var key = Guid.NewGuid().ToString();
        await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId, idempotencyKey = key }, "placement");

        var otherDate = await world.Provider.Refused("admitPlacement", "AdmitPlacementInput",
            new { placementId, admittedOn = CareWorld.Today.AddDays(-1).ToString("yyyy-MM-dd"), idempotencyKey = key }, "placement");
        var otherMutation = await world.Provider.Refused("publishFreePlaces", "PublishFreePlacesInput", new { moduleId = world.ModuleId, freePlaces = 1, idempotencyKey = key }, "module");

        Assert.Equal(("ValidationError", "idempotencyKey"), (otherDate.At("__typename").GetString(), otherDate.At("field").GetString()));
        Assert.Equal(("ValidationError", "idempotencyKey"), (otherMutation.At("__typename").GetString(), otherMutation.At("field").GetString()));
        Assert.Equal(CareWorld.Today, await world.Read(db => db.Placements.Where(p => p.Id == CareWorld.Key(placementId)).Select(p => p.AdmittedOn).SingleAsync()));
        Assert.Null(await world.Read(db => db.StructureModules.Where(m => m.Id == world.ModuleKey).Select(m => m.PublishedFreePlaces).SingleAsync()));
    }

    [Fact]
    public async Task A_provider_sees_its_guests_care_need_level_but_not_their_assessments()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, _, interventionId, _) = await world.ActivePlanAsync();
        var placementId = await world.ConfirmedPlacementAsync(interventionId);

        var guest = (await world.Provider.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Placement { careNeedLevel } } }", new { id = placementId })).At("node");
        var assessments = await world.Provider.Client.QueryAsync("{ assessments(first: 1) { nodes { careNeedLevel } } }");

        Assert.Equal(4, guest.At("careNeedLevel").GetInt32());
        Assert.Equal("FORBIDDEN", assessments.At("errors")[0].At("extensions", "code").GetString());
    }

    [Fact]
    public async Task Providers_publish_at_most_the_free_places()
    {
        var world = await CareWorld.CreateAsync(Host, modulePlaces: 2);

        var published = await world.Provider.Succeed("publishFreePlaces", "PublishFreePlacesInput", new { moduleId = world.ModuleId, freePlaces = 1 }, "module", "publishedFreePlaces freePlaces");
        var error = await world.Provider.Refused("publishFreePlaces", "PublishFreePlacesInput", new { moduleId = world.ModuleId, freePlaces = 3 }, "module");

        Assert.Equal((1, 2), (published.At("publishedFreePlaces").GetInt32(), published.At("freePlaces").GetInt32()));
        Assert.Equal(("ValidationError", "publishedFreePlaces"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqlitePlacementMutationTests(HubApiFactory host) : PlacementMutationTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresPlacementMutationTests(PostgresHubApiFactory host) : PlacementMutationTests(host);
