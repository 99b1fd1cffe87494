using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Events;

/// <summary>The transactional outbox: an event exactly when its change commits, in the change's own transaction.</summary>
public abstract class OutboxTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task A_committed_mutation_has_its_events_with_the_version_reached()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, _, interventionId, _) = await world.ActivePlanAsync();
        var placementId = await world.ConfirmedPlacementAsync(interventionId);
        var before = await LastPositionAsync(world);

        var admitted = await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId }, "placement");

        var events = await EventsAfterAsync(world, before);
        Assert.Equal(
            [(ChangeType.PlacementStatusChanged, "Placement", CareWorld.Key(placementId), admitted.At("version").GetInt64()), (ChangeType.FreePlacesChanged, "StructureModule", world.ModuleKey, 0)],
            events.Select(e => (e.Type, e.EntityType, e.EntityId, e.EntityType == "Placement" ? e.Version : 0)).OrderBy(e => e.EntityType));
        Assert.All(events, e => Assert.Equal("test-provider-operator", e.Actor));
    }

    [Fact]
    public async Task A_refused_mutation_writes_no_event()
    {
        var world = await CareWorld.CreateAsync(Host, modulePlaces: 1);
        var (_, _, interventionId, _) = await world.ActivePlanAsync();
        var (_, _, anotherPersons, _) = await world.ActivePlanAsync();
        var first = await world.ConfirmedPlacementAsync(interventionId);
        var second = await world.ConfirmedPlacementAsync(anotherPersons);
        await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId = first }, "placement");
        var before = await LastPositionAsync(world);

        await world.Provider.Refused("admitPlacement", "AdmitPlacementInput", new { placementId = second }, "placement");

        Assert.Empty(await EventsAfterAsync(world, before));
    }

    [Fact]
    public async Task Each_step_of_the_flow_raises_its_event_in_commit_order()
    {
        var world = await CareWorld.CreateAsync(Host);
        var before = await LastPositionAsync(world);

        var (caseId, planId, _, personId) = await world.ActivePlanAsync();

        var events = await EventsAfterAsync(world, before);
        Assert.Equal(
            [(ChangeType.PersonChanged, CareWorld.Key(personId)), (ChangeType.CaseOpened, CareWorld.Key(caseId)), (ChangeType.CarePlanActivated, CareWorld.Key(planId))],
            events.Select(e => (e.Type, e.EntityId)));
        Assert.Equal(events.Select(e => e.Position).Order(), events.Select(e => e.Position));
    }

    private static Task<long> LastPositionAsync(CareWorld world) =>
        world.Read(async db => await db.OutboxEvents.MaxAsync(e => (long?)e.Position) ?? 0);

    private static Task<List<OutboxEvent>> EventsAfterAsync(CareWorld world, long position) =>
        world.Read(db => db.OutboxEvents.Where(e => e.Position > position).OrderBy(e => e.Position).ToListAsync());
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteOutboxTests(HubApiFactory host) : OutboxTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresOutboxTests(PostgresHubApiFactory host) : OutboxTests(host);
