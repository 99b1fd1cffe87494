using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Care;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Care;

/// <summary>The care lists over the seeded demo histories, checked against counts taken straight from the database.</summary>
public abstract class CareQueryTests(HubApiHost host) : HubApiTest(host)
{
    private const string PersonsWithTheirCare = """
        query($first: Int) { persons(first: $first) { nodes { id
          cases { id status } activeCarePlan { id status } placements { id structure { name } } caseManager { lastName }
        } } }
        """;

    [Fact]
    public async Task Cases_filtered_by_state_and_zone_match_an_independent_count()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (zone, expected) = await world.Read(db => Largest(db.CareCases.Where(c => c.Status == CareCaseStatus.Active).Select(c => c.ZoneId)));

        var data = await world.Client.DataAsync("query($zone: ID!) { careCases(first: 100, where: { status: { eq: ACTIVE }, zone: { id: { eq: $zone } } }) { totalCount nodes { status zone { id } } } }",
            new { zone = GlobalId.Encode("Zone", zone) });

        Assert.Equal(expected, data.At("careCases", "totalCount").GetInt32());
        Assert.All(data.At("careCases", "nodes").EnumerateArray(), c => Assert.Equal(("ACTIVE", GlobalId.Encode("Zone", zone)), (c.At("status").GetString(), c.At("zone", "id").GetString())));
    }

    [Fact]
    public async Task Placements_of_a_structure_come_in_the_requested_order()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (structure, expected) = await world.Read(db => Largest(db.Placements.Where(p => p.StructureId != null).Select(p => p.StructureId!.Value)));

        var data = await world.Client.DataAsync("""
            query($structure: ID!) { placements(first: 100, where: { structure: { id: { eq: $structure } } }, order: [{ requestedOn: ASC }]) {
              totalCount nodes { requestedOn structure { id } } } }
            """, new { structure = GlobalId.Encode("Structure", structure) });

        var dates = data.At("placements", "nodes").EnumerateArray().Select(p => DateOnly.Parse(p.At("requestedOn").GetString()!)).ToList();
        Assert.Equal(expected, data.At("placements", "totalCount").GetInt32());
        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public async Task Placements_filtered_by_the_zone_of_their_case_match_an_independent_count()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (zone, expected) = await world.Read(db => Largest(db.Placements
            .Join(db.Interventions, p => p.InterventionId, i => i.Id, (p, i) => i.CarePlanId)
            .Join(db.CarePlans, planId => planId, plan => plan.Id, (_, plan) => plan.CareCaseId)
            .Join(db.CareCases, caseId => caseId, c => c.Id, (_, c) => c.ZoneId)));

        var data = await world.Client.DataAsync("query($zone: ID!) { placements(where: { careCase: { zone: { id: { eq: $zone } } } }) { totalCount } }",
            new { zone = GlobalId.Encode("Zone", zone) });

        Assert.Equal(expected, data.At("placements", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Assessments_plans_and_discharge_requests_filter_on_level_state_and_dates()
    {
        var world = await CareWorld.CreateAsync(Host);
        var cutoff = new DateOnly(2026, 6, 1);
        var expected = await world.Read(async db => (
            await db.Assessments.CountAsync(a => a.CareNeedLevel >= 4),
            await db.CarePlans.CountAsync(p => p.Status == CarePlanStatus.Active || p.Status == CarePlanStatus.Suspended),
            await db.DischargeRequests.CountAsync(d => d.Status != DischargeRequestStatus.Cancelled && d.ExpectedDischargeOn >= cutoff)));

        var data = await world.Client.DataAsync("""
            query($cutoff: DateOnly) {
              assessments(where: { careNeedLevel: { gte: 4 } }) { totalCount }
              carePlans(where: { status: { in: [ACTIVE, SUSPENDED] } }) { totalCount }
              dischargeRequests(where: { status: { neq: CANCELLED }, expectedDischargeOn: { gte: $cutoff } }, order: [{ expectedDischargeOn: DESC }]) { totalCount }
            }
            """, new { cutoff = cutoff.ToString("yyyy-MM-dd") });

        Assert.Equal(expected, (data.At("assessments", "totalCount").GetInt32(), data.At("carePlans", "totalCount").GetInt32(), data.At("dischargeRequests", "totalCount").GetInt32()));
        Assert.True(expected.Item1 > 0 && expected.Item2 > 0 && expected.Item3 > 0, $"The demo data should hold rows for each filter: {expected}");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public async Task A_persons_cases_plan_placements_and_case_manager_take_three_statements_whatever_the_page(int first)
    {
        var world = await CareWorld.CreateAsync(Host);
        await world.Client.DataAsync("{ zones(first: 1) { totalCount } }");
        Host.Statements.Reset();

        var persons = (await world.Client.DataAsync(PersonsWithTheirCare, new { first })).At("persons", "nodes").EnumerateArray().ToList();

        // the page, the cases, and the rest of the care read side by side (plan, placements with their structures, case manager)
        Assert.Equal(3, Host.Statements.Count);
        var keys = persons.Select(p => CareWorld.Key(p.At("id").GetString()!)).ToList();
        var (cases, placements) = await world.Read(async db => (await db.CareCases.CountAsync(c => keys.Contains(c.PersonId)), await db.Placements.CountAsync(p => keys.Contains(p.PersonId))));
        Assert.Equal(cases, persons.Sum(p => p.At("cases").GetArrayLength()));
        Assert.Equal(placements, persons.Sum(p => p.At("placements").GetArrayLength()));
    }

    [Fact]
    public async Task A_page_of_cases_with_people_plans_interventions_and_placements_costs_statements_by_depth_not_rows()
    {
        var world = await CareWorld.CreateAsync(Host);
        const string cases = """
            query($first: Int) { careCases(first: $first) { nodes { status person { lastName } zone { name } caseManager { lastName }
              assessments { careNeedLevel members { lastName } } carePlans { status interventions { kind service { name } placements { status structure { name } module { name } } } } } } }
            """;
        var all = (await world.Client.DataAsync("{ careCases { totalCount } }")).At("careCases", "totalCount").GetInt32();
        Host.Statements.Reset();

        var page = await world.Client.DataAsync(cases, new { first = Math.Min(all, 100) });

        // page, person, zone, case manager, assessments, their members, plans, interventions, services, placements, structures, modules
        Assert.InRange(Host.Statements.Count, 1, 12);
        var placements = page.At("careCases", "nodes").EnumerateArray().SelectMany(c => c.At("carePlans").EnumerateArray())
            .SelectMany(p => p.At("interventions").EnumerateArray()).Sum(i => i.At("placements").GetArrayLength());
        Assert.True(page.At("careCases", "nodes").GetArrayLength() + placements > 12, "The page should hold more rows than statements.");
    }

    [Fact]
    public async Task Every_care_type_is_reachable_by_node_id()
    {
        var world = await CareWorld.CreateAsync(Host);
        var data = await world.Client.DataAsync("""
            { careCases(first: 1) { nodes { id } } assessments(first: 1) { nodes { id } } carePlans(first: 1) { nodes { id interventions { id } } }
              placements(first: 1) { nodes { id } } dischargeRequests(first: 1) { nodes { id } } }
            """);
        var ids = new[] { "careCases", "assessments", "carePlans", "placements", "dischargeRequests" }.Select(list => data.At(list, "nodes")[0].At("id").GetString()!)
            .Append(data.At("carePlans", "nodes")[0].At("interventions")[0].At("id").GetString()!).ToList();

        var nodes = (await world.Client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids })).At("nodes").EnumerateArray().ToList();

        Assert.Equal(ids, nodes.Select(n => n.At("id").GetString()));
        Assert.Equal(["CareCase", "Assessment", "CarePlan", "Placement", "DischargeRequest", "Intervention"], nodes.Select(n => n.At("__typename").GetString()));
    }

    // The most frequent key and how often it occurs, counted by the database.
    private static async Task<(Guid Key, int Count)> Largest(IQueryable<Guid> keys)
    {
        var top = await keys.GroupBy(k => k).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).FirstAsync();
        return (top.Key, top.Count);
    }

    [Fact]
    public async Task An_id_of_another_type_in_a_filter_is_refused()
    {
        var world = await CareWorld.CreateAsync(Host);

        var body = await world.Client.QueryAsync("query($zone: ID!) { careCases(where: { zone: { id: { eq: $zone } } }) { totalCount } }", new { zone = world.HospitalId });

        Assert.Equal("INVALID_ID", body.GetProperty("errors")[0].At("extensions", "code").GetString());
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteCareQueryTests(HubApiFactory host) : CareQueryTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresCareQueryTests(PostgresHubApiFactory host) : CareQueryTests(host);
