using Hub.Api.Tests.GraphQL.Filtering;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL;

/// <summary>SQL round trips per request grow with the depth of the query, never with its rows.</summary>
public abstract class DataLoaderTests(HubApiHost factory) : HubApiTest(factory)
{
    private const string PersonsWithTheirWorld = """
        query($first: Int) {
          persons(first: $first) {
            nodes {
              lastName
              household { iseeValue members { relationship person { lastName } } }
              residence { municipality { name zone { code healthAuthority { code } } } }
            }
          }
        }
        """;

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    [InlineData(100)]
    public async Task Persons_with_household_residence_and_zone_take_the_same_statements_whatever_the_page(int first)
    {
        var client = Host.CreateClient();
        await client.DataAsync("{ zones(first: 1) { totalCount } }"); // warm-up: the first request also checks the model
        Host.Statements.Reset();

        var data = await client.DataAsync(PersonsWithTheirWorld, new { first });

        Assert.Equal(first, data.At("persons", "nodes").GetArrayLength());
        // page; households with members and their persons; comuni with their current zone; authorities
        Assert.Equal(4, Host.Statements.Count);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(50)]
    [InlineData(100)]
    public async Task Persons_with_household_members_residence_zone_and_cases_with_case_manager_take_four_statements(int first)
    {
        var client = Host.CreateClient();
        await client.DataAsync("{ zones(first: 1) { totalCount } }");
        Host.Statements.Reset();

        var persons = (await client.DataAsync("""
            query($first: Int) { persons(first: $first) { nodes {
              lastName
              household { members { relationship person { lastName } } }
              residence { municipality { name zone { code } } }
              cases { status caseManager { lastName } } } } }
            """, new { first })).At("persons", "nodes");

        // page; households with members and persons; comuni with zones; cases with case managers
        Assert.Equal(4, Host.Statements.Count);
        Assert.Equal(first, persons.GetArrayLength());
        Assert.Contains(persons.EnumerateArray(), p => p.At("cases").EnumerateArray().Any(c => c.At("caseManager").ValueKind == System.Text.Json.JsonValueKind.Object));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(28)]
    public async Task Nested_lists_of_many_parents_take_the_same_statements_whatever_their_number(int zones)
    {
        var client = Host.CreateClient();
        var registry = await SeededRegistry.LoadAsync(Host.Services);
        await client.DataAsync("{ zones(first: 1) { totalCount } }");
        Host.Statements.Reset();

        var nodes = (await client.DataAsync("""
            query($zones: Int) { zones(first: $zones) { nodes {
              code
              municipalities(first: 3, where: { population: { gt: 2000 } }) { totalCount nodes { istatCode } }
              structures(first: 2) { totalCount nodes { name } }
              staff(first: 2) { nodes { lastName } } } } }
            """, new { zones })).At("zones", "nodes").EnumerateArray().ToList();

        // zones; first pages and totals of comuni and structures; first pages of staff
        Assert.Equal(6, Host.Statements.Count);
        Assert.Equal(zones, nodes.Count);
        foreach (var node in nodes)
        {
            var zone = registry.Zones.Single(z => z.Code == node.At("code").GetString());
            var large = registry.MunicipalitiesOf(zone).Where(m => m.Population > 2000).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Id).ToList();
            Assert.Equal(large.Count, node.At("municipalities", "totalCount").GetInt32());
            Assert.Equal(large.Take(3).Select(m => m.IstatCode), node.At("municipalities", "nodes").EnumerateArray().Select(m => m.At("istatCode").GetString()));
        }
    }

    [Fact]
    public async Task A_nested_list_pages_on_from_a_cursor_for_its_own_parent()
    {
        var client = Host.CreateClient();
        var registry = await SeededRegistry.LoadAsync(Host.Services);
        var zone = registry.Zones.MaxBy(z => registry.MunicipalitiesOf(z).Count())!;
        const string query = """
            query($code: String!, $after: String) { zones(where: { code: { eq: $code } }) { nodes {
              municipalities(first: 4, after: $after) { totalCount pageInfo { endCursor } nodes { istatCode } } } } }
            """;
        var first = (await client.DataAsync(query, new { code = zone.Code })).At("zones", "nodes")[0].At("municipalities");

        var second = (await client.DataAsync(query, new { code = zone.Code, after = first.At("pageInfo", "endCursor").GetString() }))
            .At("zones", "nodes")[0].At("municipalities");

        var expected = registry.MunicipalitiesOf(zone).OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => m.IstatCode).ToList();
        Assert.Equal(expected.Count, second.At("totalCount").GetInt32());
        Assert.Equal(expected.Skip(4).Take(4), second.At("nodes").EnumerateArray().Select(m => m.At("istatCode").GetString()));
    }

    [Fact]
    public async Task A_page_reads_only_the_columns_its_fields_need()
    {
        var client = Host.CreateClient();
        await client.DataAsync("{ zones(first: 1) { totalCount } }");

        Host.Statements.Reset();
        var names = await client.DataAsync("{ persons(first: 5) { nodes { lastName household { iseeValue } } } }");
        var page = Host.Statements.Texts[0];
        Host.Statements.Reset();
        var doctors = await client.DataAsync("{ persons(first: 5) { edges { node { ...Doctor } } } } fragment Doctor on Person { familyDoctor contacts { phone } }");
        var pageWithDoctors = Host.Statements.Texts[0];

        Assert.Equal(5, names.At("persons", "nodes").GetArrayLength());
        Assert.Contains("LastName", page);
        Assert.DoesNotContain("FamilyDoctor", page);
        Assert.DoesNotContain("Phone", page);
        Assert.DoesNotContain("BirthPlaceCode", page);
        Assert.Equal(5, doctors.At("persons", "edges").GetArrayLength());
        Assert.Contains("FamilyDoctor", pageWithDoctors);
        Assert.Contains("Phone", pageWithDoctors);
    }

    [Fact]
    public async Task Structures_with_modules_occupancy_and_operator_take_a_fixed_number_of_statements()
    {
        var client = Host.CreateClient();
        await client.DataAsync("{ zones(first: 1) { totalCount } }");
        Host.Statements.Reset();

        await client.DataAsync("{ structures(first: 100) { nodes { freePlaces operator { name } address { municipality { name } } modules { freePlaces placementsCount } } } }");

        // page, modules (shared by freePlaces and modules), operator, comune, places held
        Assert.Equal(5, Host.Statements.Count);
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteDataLoaderTests(HubApiFactory factory) : DataLoaderTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresDataLoaderTests(PostgresHubApiFactory factory) : DataLoaderTests(factory);
