using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL;

/// <summary>SQL round trips per request grow with the depth of the query, never with its rows.</summary>
public abstract class DataLoaderTests(HubApiHost factory)
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
        var client = factory.CreateClient();
        await client.DataAsync("{ zones(first: 1) { totalCount } }"); // warm-up: the first request also checks the model
        factory.Statements.Reset();

        var data = await client.DataAsync(PersonsWithTheirWorld, new { first });

        Assert.Equal(first, data.At("persons", "nodes").GetArrayLength());
        // page; households with members and their persons; comuni with their current zone; authorities
        Assert.Equal(4, factory.Statements.Count);
    }

    [Fact]
    public async Task Structures_with_modules_occupancy_and_operator_take_a_fixed_number_of_statements()
    {
        var client = factory.CreateClient();
        await client.DataAsync("{ zones(first: 1) { totalCount } }");
        factory.Statements.Reset();

        await client.DataAsync("{ structures(first: 100) { nodes { freePlaces operator { name } address { municipality { name } } modules { freePlaces placementsCount } } } }");

        // page, modules (shared by freePlaces and modules), operator, comune, places held
        Assert.Equal(5, factory.Statements.Count);
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteDataLoaderTests(HubApiFactory factory) : DataLoaderTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresDataLoaderTests(PostgresHubApiFactory factory) : DataLoaderTests(factory);
