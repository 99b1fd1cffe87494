using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Events;

/// <summary>
/// Subscriptions through the reference graphql-ws client: each subscriber hears of what its own scope
/// reaches, in commit order, and nothing else, not even an id.
/// </summary>
[Collection(EventsCollection.Name)]
public sealed class SubscriptionTests(EventsHost host) : HubApiTest(host)
{
    private const string Placements = """
        subscription($after: String) { placementChanged(after: $after) { position type nodeId version node { ... on Placement { status } } } }
        """;

    private const string Requests = """
        subscription($after: String) { dischargeRequestChanged(after: $after) { position nodeId version node { ... on DischargeRequest { status } } } }
        """;

    private EventsHost Events => (EventsHost)Host;

    [Fact]
    public async Task A_provider_operator_hears_an_offer_in_its_structure_and_nothing_of_another_structure()
    {
        var mine = await CareWorld.CreateAsync(Host);
        var other = await CareWorld.CreateAsync(Host);
        var head = await (await EventWorld.CreateAsync(Host)).HeadAsync();
        await using var subscriber = await NodeSubscriber.StartAsync(Events.SocketUri, OperatorToken(mine), Placements, new { after = head });

        await OfferAsync(other);
        var offered = await OfferAsync(mine);

        var events = await subscriber.EventsAsync(2);
        Assert.Equal([(offered, 1L, "PLACEMENT_STATUS_CHANGED"), (offered, 2L, "PLACEMENT_STATUS_CHANGED")], events.Select(Summary));
        Assert.Equal("OFFERED", events[1].At("data", "placementChanged", "node", "status").GetString());
    }

    private static string OperatorToken(CareWorld world) =>
        world.Provider.Client.DefaultRequestHeaders.Authorization!.Parameter!;

    [Fact]
    public async Task A_hospital_hears_its_requests_status_changes_and_nothing_of_another_hospitals()
    {
        var world = await EventWorld.CreateAsync(Host);
        var head = await world.HeadAsync();
        var hospitalToken = world.Care.Hospital.Client.DefaultRequestHeaders.Authorization!.Parameter!;
        await using var subscriber = await NodeSubscriber.StartAsync(Events.SocketUri, hospitalToken, Requests, new { after = head });

        var theirs = await world.FileRequestAsync(world.OtherHospital, world.OtherHospitalId);
        await world.AcknowledgeAsync(theirs);
        var mine = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);
        await world.AcknowledgeAsync(mine);

        var events = await subscriber.EventsAsync(2);
        Assert.Equal([(mine, 1L), (mine, 2L)], events.Select(e => (At(e, "dischargeRequestChanged", "nodeId"), e.At("data", "dischargeRequestChanged", "version").GetInt64())));
    }

    [Fact]
    public async Task A_subscriber_resuming_after_a_position_first_receives_every_change_since_in_order()
    {
        var world = await EventWorld.CreateAsync(Host);
        var head = await world.HeadAsync();
        var request = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);
        await world.AcknowledgeAsync(request);

        await using var client = await SocketClient.AcknowledgedAsync(Events.SocketUri, world.Care.Hospital.Client.DefaultRequestHeaders.Authorization!.Parameter!);
        await client.SendAsync(new { id = "r", type = "subscribe", payload = new { query = Requests, variables = new { after = head } } });
        var first = (await client.ReceiveAsync())!.Value;
        var second = (await client.ReceiveAsync())!.Value;

        Assert.Equal([(request, 1L), (request, 2L)], new[] { first, second }.Select(m => (At(m.At("payload"), "dischargeRequestChanged", "nodeId"), m.At("payload", "data", "dischargeRequestChanged", "version").GetInt64())));
    }

    [Fact]
    public async Task A_mutation_on_one_node_reaches_a_subscriber_on_another()
    {
        var world = await EventWorld.CreateAsync(Host);
        var head = await world.HeadAsync();
        await using var nodeB = await Events.SecondNodeAsync();
        var hospitalToken = world.Care.Hospital.Client.DefaultRequestHeaders.Authorization!.Parameter!;
        await using var subscriber = await NodeSubscriber.StartAsync(nodeB.SocketUri, hospitalToken, Requests, new { after = head });

        var request = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);

        var events = await subscriber.EventsAsync(1);
        Assert.Equal(request, At(events[0], "dischargeRequestChanged", "nodeId"));
    }

    private static async Task<string> OfferAsync(CareWorld world)
    {
        var (_, _, interventionId, _) = await world.ActivePlanAsync();
        var placementId = (await world.SocialWorker.Succeed("requestPlacement", "RequestPlacementInput",
            new { interventionId, moduleId = world.ModuleId, maximumEndDate = CareWorld.Today.AddDays(60).ToString("yyyy-MM-dd") }, "placement")).At("id").GetString()!;
        await world.SocialWorker.Succeed("offerPlace", "OfferPlaceInput", new { placementId, expiresOn = CareWorld.Today.AddDays(7).ToString("yyyy-MM-dd") }, "placement");
        return placementId;
    }

    private static (string, long, string) Summary(JsonElement payload) =>
        (At(payload, "placementChanged", "nodeId"), payload.At("data", "placementChanged", "version").GetInt64(), payload.At("data", "placementChanged", "type").GetString()!);

    private static string At(JsonElement payload, string field, string name) => payload.At("data", field, name).GetString()!;
}
