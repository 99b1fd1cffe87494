using System.Text.Json;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Planning;

/// <summary>The planners' aggregates, asked by an analyst, against figures computed here, in memory, from the raw rows.</summary>
public abstract class PlanningFiguresTests(HubApiHost Host) : HubApiTest(Host)
{
    // The figures' audience (DESIGN §4): it reaches no row, yet sees every aggregate.
    private HttpClient Analyst => Host.CreateClient(TestCallers.Analyst);

    [Fact]
    public async Task Zone_occupancy_sums_the_modules_of_the_structures_in_each_zone()
    {
        var world = await CareWorld.CreateAsync(Host);
        var expected = await world.Read(async db =>
        {
            var zoneOf = await CurrentZones(db);
            var structures = await db.Structures.Select(s => new { s.Id, s.Address.MunicipalityId }).ToDictionaryAsync(s => s.Id, s => zoneOf[s.MunicipalityId]);
            // Shelters are left out of every figure (a casa rifugio's places are the centre's alone).
            return (await db.StructureModules.Where(m => m.Kind != ModuleKind.Shelter).Select(m => new { m.StructureId, m.ContractedPlaces, m.OccupiedPlaces }).ToListAsync())
                .GroupBy(m => structures[m.StructureId]).ToDictionary(g => GlobalId.Encode("Zone", g.Key), g => (g.Sum(m => m.ContractedPlaces), g.Sum(m => m.OccupiedPlaces)));
        });

        var rows = (await Analyst.DataAsync("{ zoneOccupancy { zone { id } contractedPlaces occupiedPlaces occupancyRate } }")).At("zoneOccupancy").EnumerateArray().ToList();

        Assert.Equal(expected, rows.ToDictionary(r => r.At("zone", "id").GetString()!, r => (r.At("contractedPlaces").GetInt32(), r.At("occupiedPlaces").GetInt32())));
        Assert.All(rows, r => Assert.InRange(r.At("occupancyRate").GetDouble(), 0, 1));
    }

    [Fact]
    public async Task Case_counts_cover_every_case_once_and_suppress_cells_under_five_persons()
    {
        var world = await CareWorld.CreateAsync(Host);
        // A Centro antiviolenza's cases are no zone's figure (issue 17; red team 37).
        var expected = await world.Read(async db => (await db.CareCases.Where(c => c.CentreId == null).Select(c => new { c.ZoneId, c.Status, c.Area, c.PersonId }).ToListAsync())
            .GroupBy(c => (GlobalId.Encode("Zone", c.ZoneId), c.Status.ToString(), c.Area.ToString()))
            .ToDictionary(g => g.Key, g => g.Select(c => c.PersonId).Distinct().Count() < 5 ? null : (int?)g.Count()));

        var rows = (await Analyst.DataAsync("{ caseCounts { zone { id } status area count } }")).At("caseCounts").EnumerateArray();

        var actual = rows.ToDictionary(r => (r.At("zone", "id").GetString()!, Pascal(r.At("status").GetString()!), Pascal(r.At("area").GetString()!)), r => Int(r.At("count")));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Waiting_lists_count_the_waitlisted_and_take_the_median_wait()
    {
        var world = await CareWorld.CreateAsync(Host);
        var today = CareWorld.Today;
        var expected = await world.Read(async db => (await db.Placements.Where(p => p.Status == PlacementStatus.Waitlisted).Select(p => new { p.ModuleId, p.PersonId, p.RequestedOn }).ToListAsync())
            .GroupBy(p => GlobalId.Encode("StructureModule", p.ModuleId!.Value))
            .ToDictionary(g => g.Key, g => g.Select(p => p.PersonId).Distinct().Count() < 5
                ? ((int?)null, (double?)null)
                : (g.Count(), MedianOf(g.Select(p => today.DayNumber - p.RequestedOn.DayNumber).ToList()))));

        var rows = (await Analyst.DataAsync("{ waitingLists { zone { id } module { id } waiting medianWaitDays } }")).At("waitingLists").EnumerateArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.ToDictionary(r => r.At("module", "id").GetString()!, r => (Int(r.At("waiting")), Double(r.At("medianWaitDays")))));
    }

    [Fact]
    public async Task Social_worker_coverage_shares_each_workers_hours_among_the_zones_served()
    {
        var world = await CareWorld.CreateAsync(Host);
        var workers = await world.Read(async db => await db.StaffMembers.Where(s => s.Profession == Profession.SocialWorker && s.Zones.Any())
            .Select(s => new { s.WeeklyHours, Zones = s.Zones.Select(z => z.Id).ToList() }).ToListAsync());
        var expectedFte = workers.SelectMany(w => w.Zones.Select(z => (Zone: z, Fte: w.WeeklyHours / 36m / w.Zones.Count)))
            .GroupBy(x => GlobalId.Encode("Zone", x.Zone)).ToDictionary(g => g.Key, g => Math.Round(g.Sum(x => x.Fte), 2));

        var rows = (await Analyst.DataAsync("{ socialWorkerCoverage { zone { id population } population socialWorkerFte targetFte meetsTarget } }"))
            .At("socialWorkerCoverage").EnumerateArray().ToList();

        Assert.Equal(expectedFte, rows.Where(r => r.At("socialWorkerFte").GetDecimal() > 0).ToDictionary(r => r.At("zone", "id").GetString()!, r => r.At("socialWorkerFte").GetDecimal()));
        Assert.All(rows, r =>
        {
            Assert.Equal(r.At("zone", "population").GetInt32(), r.At("population").GetInt32());
            Assert.Equal(Math.Round(r.At("population").GetInt32() / 5000m, 2), r.At("targetFte").GetDecimal());
            Assert.Equal(r.At("socialWorkerFte").GetDecimal() >= r.At("targetFte").GetDecimal(), r.At("meetsTarget").GetBoolean());
        });
    }

    [Fact]
    public async Task Discharge_lead_times_run_from_submission_to_discharge()
    {
        var world = await CareWorld.CreateAsync(Host);
        var expected = await world.Read(async db => (await db.DischargeRequests.Where(d => d.Status == DischargeRequestStatus.Discharged)
            .Select(d => new { d.ZoneId, d.PersonId, d.SubmittedOn, d.DischargedOn }).ToListAsync())
            .GroupBy(d => GlobalId.Encode("Zone", d.ZoneId))
            .ToDictionary(g => g.Key, g => g.Select(d => d.PersonId).Distinct().Count() < 5
                ? ((int?)null, (double?)null)
                : (g.Count(), MedianOf(g.Select(d => d.DischargedOn!.Value.DayNumber - d.SubmittedOn.DayNumber).ToList()))));

        var rows = (await Analyst.DataAsync("{ dischargeLeadTimes { zone { id } discharged medianDays averageDays } }")).At("dischargeLeadTimes").EnumerateArray().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.ToDictionary(r => r.At("zone", "id").GetString()!, r => (Int(r.At("discharged")), Double(r.At("medianDays")))));
        Assert.All(rows, r => Assert.True((Double(r.At("medianDays")) ?? 0) >= 0));
    }

    [Fact]
    public async Task A_zone_argument_keeps_only_that_zone()
    {
        var world = await CareWorld.CreateAsync(Host);

        var data = await Analyst.DataAsync("query($zone: ID) { zoneOccupancy(zone: $zone) { zone { id } } moduleOccupancy(zone: $zone) { zone { id } } caseCounts(zone: $zone) { zone { id } } }",
            new { zone = world.ZoneId });

        var zones = new[] { "zoneOccupancy", "moduleOccupancy", "caseCounts" }.SelectMany(f => data.At(f).EnumerateArray()).Select(r => r.At("zone", "id").GetString()).Distinct();
        Assert.Equal([world.ZoneId], zones);
    }

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    private static double? Double(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    private static async Task<Dictionary<Guid, Guid>> CurrentZones(Hub.Domain.Persistence.HubDbContext db) =>
        await db.ZoneMemberships.Where(m => m.ValidTo == null).ToDictionaryAsync(m => m.MunicipalityId, m => m.ZoneId);

    private static double MedianOf(List<int> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2.0;
    }

    // Schema enum values are CONSTANT_CASE; the domain's are PascalCase.
    private static string Pascal(string constant) => string.Concat(constant.Split('_').Select(w => w[0] + w[1..].ToLowerInvariant()));
}

[Collection(CareApiCollection.Name)]
public sealed class SqlitePlanningFiguresTests(HubApiFactory Host) : PlanningFiguresTests(Host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresPlanningFiguresTests(PostgresHubApiFactory Host) : PlanningFiguresTests(Host);
