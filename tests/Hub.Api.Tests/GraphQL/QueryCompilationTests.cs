using Hub.Api.Tests.Access;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;

namespace Hub.Api.Tests.GraphQL;

/// <summary>Issue 18: a request the hub has answered before compiles nothing again (no LINQ query, no document validation of its own).</summary>
public abstract class QueryCompilationTests(HubApiHost host) : HubApiTest(host)
{
    private const string HospitalLookup = """
        query($cf: String!) { person(fiscalCode: $cf) { id firstName lastName
          activeCarePlan { id status interventions { id } } caseManager { lastName } placements { id structure { name } } } }
        """;

    private const string ZonePage = "{ persons(first: 100, order: [{ lastName: ASC }]) { totalCount nodes { id lastName firstName cases { id status } } } }";

    [Fact]
    public async Task A_hospital_lookup_sent_again_compiles_no_query()
    {
        var world = await AccessWorld.OfAsync(Host);
        var hospital = Host.CreateClient(world.Callers[Role.DischargePlanner]);
        await hospital.DataAsync(HospitalLookup, new { cf = world.FiscalCode });

        using var compilations = QueryCompilations.Of(Host, world.Callers[Role.DischargePlanner].Subject);
        await hospital.DataAsync(HospitalLookup, new { cf = world.FiscalCode });

        Assert.Empty(compilations.Queries);
    }

    [Fact]
    public async Task The_hospital_lookup_asked_in_turn_by_two_kinds_of_caller_compiles_nothing_the_second_time_round()
    {
        // The lookup's reads are compiled queries, each bound to the model (caller kind) it first ran on: one per kind, none shared.
        var world = await AccessWorld.OfAsync(Host);
        var hospital = Host.CreateClient(world.Callers[Role.DischargePlanner]);
        var socialWorker = Host.CreateClient(world.Callers[Role.SocialWorker]);
        var first = (await hospital.DataAsync(HospitalLookup, new { cf = world.FiscalCode })).GetRawText();
        var firstOfZone = (await socialWorker.DataAsync(HospitalLookup, new { cf = world.FiscalCode })).GetRawText();

        using var ofHospital = QueryCompilations.Of(Host, world.Callers[Role.DischargePlanner].Subject);
        using var ofZone = QueryCompilations.Of(Host, world.Callers[Role.SocialWorker].Subject);
        var again = (await hospital.DataAsync(HospitalLookup, new { cf = world.FiscalCode })).GetRawText();
        var againOfZone = (await socialWorker.DataAsync(HospitalLookup, new { cf = world.FiscalCode })).GetRawText();

        Assert.Equal((first, firstOfZone), (again, againOfZone));
        Assert.Contains("\"caseManager\"", againOfZone);
        Assert.Empty(ofHospital.Queries);
        Assert.Empty(ofZone.Queries);
    }

    [Fact]
    public async Task A_page_of_zone_residents_sent_again_compiles_no_query()
    {
        var world = await AccessWorld.OfAsync(Host);
        var socialWorker = Host.CreateClient(world.Callers[Role.SocialWorker]);
        await socialWorker.DataAsync(ZonePage);

        using var compilations = QueryCompilations.Of(Host, world.Callers[Role.SocialWorker].Subject);
        await socialWorker.DataAsync(ZonePage);

        Assert.Empty(compilations.Queries);
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteQueryCompilationTests(HubApiFactory factory) : QueryCompilationTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresQueryCompilationTests(PostgresHubApiFactory factory) : QueryCompilationTests(factory);
