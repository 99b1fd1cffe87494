using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Events;

/// <summary>
/// No event is lost or repeated when what carries them goes away: Redis between two nodes stopped and
/// started again while changes commit, and a subscriber that disconnects and comes back with its last
/// position. The outbox is the source of truth in both.
/// </summary>
[Collection(EventsCollection.Name)]
public sealed class DeliveryAcrossOutagesTests(EventsHost host) : HubApiTest(host)
{
    private const string Requests = """
        subscription($after: String) { dischargeRequestChanged(after: $after) { position nodeId version } }
        """;

    private static readonly Dictionary<string, string> NoSettings = [];

    private EventsHost Events => (EventsHost)Host;

    [Fact]
    public async Task A_subscriber_on_another_node_receives_every_event_in_order_across_a_Redis_restart()
    {
        await using var redis = await RedisProcess.StartedAsync();
        var world = await EventWorld.CreateAsync(Host);
        var head = await world.HeadAsync();
        await using var nodeA = await Events.NodeAsync(redis.Address, NoSettings);
        await using var nodeB = await Events.NodeAsync(redis.Address, NoSettings);
        var hospitalOnA = new CareActor(nodeA.CreateClient(TestCallers.DischargePlanner(CareWorld.Key(world.Care.HospitalId))));
        await using var subscriber = await NodeSubscriber.StartAsync(nodeB.SocketUri, Token(world), Requests, new { after = head });

        var first = await world.FileRequestAsync(hospitalOnA, world.Care.HospitalId);
        Assert.Equal([(first, 1L)], Summaries(await subscriber.EventsAsync(1)));
        await redis.StopAsync();
        var during = await world.FileRequestAsync(hospitalOnA, world.Care.HospitalId);
        await world.AcknowledgeAsync(during);
        await redis.StartAsync();
        var after = await world.FileRequestAsync(hospitalOnA, world.Care.HospitalId);

        var events = await subscriber.EventsAsync(3);
        Assert.Equal([(during, 1L), (during, 2L), (after, 1L)], Summaries(events));
        AssertAscending(events);
    }

    [Fact]
    public async Task A_subscriber_back_after_a_disconnection_resumes_from_its_last_position_missing_nothing_and_repeating_nothing()
    {
        var world = await EventWorld.CreateAsync(Host);
        var head = await world.HeadAsync();
        string last;
        await using (var before = await NodeSubscriber.StartAsync(Events.SocketUri, Token(world), Requests, new { after = head }))
        {
            var seen = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);
            var events = await before.EventsAsync(1);
            Assert.Equal([(seen, 1L)], Summaries(events));
            last = events[0].At("data", "dischargeRequestChanged", "position").GetString()!;
        }
        var missed = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);
        await world.AcknowledgeAsync(missed);

        await using var resumed = await NodeSubscriber.StartAsync(Events.SocketUri, Token(world), Requests, new { after = last });
        var live = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);

        var delivered = await resumed.EventsAsync(3);
        Assert.Equal([(missed, 1L), (missed, 2L), (live, 1L)], Summaries(delivered));
        AssertAscending(delivered);
    }

    private static string Token(EventWorld world) => world.Care.Hospital.Client.DefaultRequestHeaders.Authorization!.Parameter!;

    private static IEnumerable<(string, long)> Summaries(List<JsonElement> events) =>
        events.Select(e => (e.At("data", "dischargeRequestChanged", "nodeId").GetString()!, e.At("data", "dischargeRequestChanged", "version").GetInt64()));

    // Positions are opaque to clients, but the outbox orders them: each event comes after the one before.
    private static void AssertAscending(List<JsonElement> events)
    {
        var positions = events.Select(e => Hub.Api.Events.ChangePosition.Decode(e.At("data", "dischargeRequestChanged", "position").GetString()!)).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(positions.Count, positions.Distinct().Count());
    }
}
