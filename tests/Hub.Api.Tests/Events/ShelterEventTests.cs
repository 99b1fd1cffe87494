using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Minors;
using Hub.Api.Tests.SocialRecord;

namespace Hub.Api.Tests.Events;

/// <summary>Issue 17: a shelter's places and stays change without a subscriber outside its centre hearing of it, not even an id.</summary>
[Collection(EventsCollection.Name)]
public sealed class ShelterEventTests(EventsHost host) : HubApiTest(host)
{
    private const string Changes = """
        subscription($after: String) { freePlacesChanged(after: $after) { nodeId } }
        """;

    private const string Placements = """
        subscription($after: String) { placementChanged(after: $after) { nodeId } }
        """;

    private EventsHost Events => (EventsHost)Host;

    [Fact]
    public async Task A_social_worker_and_a_provider_hear_nothing_of_a_stay_in_a_shelter_but_the_next_change_they_reach()
    {
        var world = await EventWorld.CreateAsync(Host);
        var social = await SocialWorld.CreateAsync(Host);
        var head = await world.HeadAsync();
        await using var worker = await NodeSubscriber.StartAsync(Events.SocketUri, Token(world.Care.SocialWorker), Changes, new { after = head });
        await using var provider = await NodeSubscriber.StartAsync(Events.SocketUri, Token(world.Care.Provider), Changes, new { after = head });
        await using var placements = await NodeSubscriber.StartAsync(Events.SocketUri, Token(world.Care.SocialWorker), Placements, new { after = head });

        var shelter = (await social.AntiViolenceCentre.Client.DataAsync("{ structures(where: { kind: { eq: SHELTER } }) { nodes { modules { id } } } }"))
            .At("structures", "nodes")[0].At("modules")[0].At("id").GetString();
        var caseId = (await social.AntiViolenceCentre.Succeed("openAntiViolenceCase", "OpenAntiViolenceCaseInput",
            new { person = AntiViolenceTests.NewWoman(social).Input }, "careCase")).At("id").GetString();
        await social.AntiViolenceCentre.Succeed("placeInShelter", "PlaceInShelterInput", new { careCaseId = caseId, moduleId = shelter }, "placement");
        await world.Care.Provider.Succeed("publishFreePlaces", "PublishFreePlacesInput", new { moduleId = world.Care.ModuleId, freePlaces = 0 }, "module");
        var (_, _, interventionId, _) = await world.Care.ActivePlanAsync();
        var placementId = (await world.Care.SocialWorker.Succeed("requestPlacement", "RequestPlacementInput",
            new { interventionId, moduleId = world.Care.ModuleId, maximumEndDate = CareWorld.Today.AddDays(60).ToString("yyyy-MM-dd") }, "placement")).At("id").GetString();

        Assert.Equal(world.Care.ModuleId, NodeId((await worker.EventsAsync(1))[0], "freePlacesChanged"));
        Assert.Equal(world.Care.ModuleId, NodeId((await provider.EventsAsync(1))[0], "freePlacesChanged"));
        Assert.Equal(placementId, NodeId((await placements.EventsAsync(1))[0], "placementChanged"));
    }

    private static string Token(CareActor actor) => actor.Client.DefaultRequestHeaders.Authorization!.Parameter!;

    private static string NodeId(JsonElement payload, string field) => payload.At("data", field, "nodeId").GetString()!;
}
