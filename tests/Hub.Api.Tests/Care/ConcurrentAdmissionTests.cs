using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Care;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Care;

/// <summary>Admissions racing for a module's last place, on PostgreSQL where requests really run in parallel.</summary>
[Collection(PostgresCareApiCollection.Name)]
public sealed class ConcurrentAdmissionTests(PostgresHubApiFactory host) : HubApiTest(host)
{
    private const int Admissions = 50;

    [Fact]
    public async Task Fifty_parallel_admissions_into_one_free_place_admit_exactly_one()
    {
        var world = await CareWorld.CreateAsync(Host, modulePlaces: 1);
        var (_, _, interventionId, personId) = await world.ActivePlanAsync();
        var placements = await ConfirmedPlacementsAsync(world, CareWorld.Key(interventionId), CareWorld.Key(personId));

        using var start = new SemaphoreSlim(0, Admissions);
        var admissions = placements.Select(async placementId =>
        {
            await start.WaitAsync();
            return await world.Provider.Mutate("admitPlacement", "AdmitPlacementInput", new { placementId }, "placement { status }");
        }).ToList();
        start.Release(Admissions);
        var payloads = await Task.WhenAll(admissions);

        var admitted = payloads.Count(p => p.At("errors").GetArrayLength() == 0 && p.At("placement", "status").GetString() == "ADMITTED");
        var full = payloads.Count(p => p.At("errors").EnumerateArray().SingleOrDefault().ValueKind != System.Text.Json.JsonValueKind.Undefined
            && p.At("errors")[0].At("__typename").GetString() == "CapacityExceededError");
        Assert.Equal((1, Admissions - 1), (admitted, full));
        var (occupied, holding) = await world.Read(async db => (
            await db.StructureModules.Where(m => m.Id == world.ModuleKey).Select(m => m.OccupiedPlaces).SingleAsync(),
            await db.Placements.CountAsync(p => p.ModuleId == world.ModuleKey && (p.Status == PlacementStatus.Admitted || p.Status == PlacementStatus.Absent))));
        Assert.Equal((1, 1), (occupied, holding));
        Assert.Equal(0, await world.FreePlacesAsync());
    }

    // Arranged in the database: fifty confirmed requests for the same module, through the domain's own transitions.
    private static Task<List<string>> ConfirmedPlacementsAsync(CareWorld world, Guid interventionId, Guid personId) => world.Read(async db =>
    {
        var intervention = await db.Interventions.SingleAsync(i => i.Id == interventionId);
        var module = await db.StructureModules.Include(m => m.Structure).SingleAsync(m => m.Id == world.ModuleKey);
        var placements = Enumerable.Range(0, Admissions).Select(_ =>
        {
            var placement = new Placement(intervention, personId, module, CareWorld.Today, CareWorld.Today.AddDays(60), CareWorld.Today, PlacementsInCourse.Of(personId, []));
            placement.Offer(CareWorld.Today, CareWorld.Today.AddDays(7));
            placement.Confirm();
            return placement;
        }).ToList();
        db.Placements.AddRange(placements);
        await db.SaveChangesAsync();
        return placements.Select(p => Hub.Api.GraphQL.Relay.GlobalId.Encode("Placement", p.Id)).ToList();
    });
}
