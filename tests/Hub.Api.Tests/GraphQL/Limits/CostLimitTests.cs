using System.Net;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>Issue 11 §1: documents that would exhaust the hub are refused before they run, with their own codes.</summary>
public abstract class CostLimitTests(HubApiHost host)
{
    private static readonly string[] LimitCodes =
        ["COMPLEXITY", "TOO_MANY_FRAGMENTS", "TOO_MANY_ALIASES", "FILTER_TOO_LARGE", "INTROSPECTION_TOO_DEEP", "INTROSPECTION_TOO_LARGE", "DOCUMENT_TOO_DEEP"];

    [Fact]
    public async Task Fragments_each_spreading_the_next_twice_are_refused_without_expanding_them()
    {
        var (status, body) = await host.CreateClient().PostAsync(CostBombs.FragmentFanOut());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("COMPLEXITY", body.ErrorCode());
    }

    [Fact]
    public async Task More_fragments_than_the_limit_are_refused()
    {
        var fragments = string.Concat(Enumerable.Range(0, 101).Select(i => $" fragment F{i} on Query {{ __typename }}"));
        var (status, body) = await host.CreateClient().PostAsync("{ ...F0 }" + fragments);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_MANY_FRAGMENTS", body.ErrorCode());
    }

    [Fact]
    public async Task The_nested_schema_bomb_is_refused()
    {
        var (status, body) = await host.CreateClient().PostAsync(IntrospectionQueries.NestedSchemaBomb);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INTROSPECTION_TOO_DEEP", body.ErrorCode());
    }

    [Fact]
    public async Task Aliased_introspection_lists_are_refused()
    {
        var aliases = string.Concat(Enumerable.Range(0, 50).Select(i => $"f{i}: fields {{ name }} "));
        var (status, body) = await host.CreateClient().PostAsync($"{{ __schema {{ types {{ {aliases} }} }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INTROSPECTION_TOO_LARGE", body.ErrorCode());
    }

    [Fact]
    public async Task The_full_graphql_js_introspection_query_passes_the_limits()
    {
        // Fields GraphQL.NET does not serve yet (another issue adds them) fail validation, not the limits.
        var (_, body) = await host.CreateClient().PostAsync(IntrospectionQueries.GraphQLJsFull());

        var codes = body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().Select(e => e.At("extensions", "code").GetString()) : [];
        Assert.DoesNotContain(codes, LimitCodes.Contains);
    }

    [Fact]
    public async Task The_graphql_js_introspection_query_the_hub_serves_returns_the_schema()
    {
        var (status, body) = await host.CreateClient().PostAsync(IntrospectionQueries.GraphQLJsFull(allOptions: false));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.At("data", "__schema", "types").GetArrayLength() > 50);
    }

    [Fact]
    public async Task Banana_cake_pops_capability_probes_return_their_types()
    {
        foreach (var probe in IntrospectionQueries.BananaCakePopProbes)
        {
            var (status, body) = await host.CreateClient().PostAsync(probe);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(body.At("data", "__type", "fields").GetArrayLength() > 0);
        }
    }

    [Fact]
    public async Task A_planning_figure_under_1150_aliases_is_refused()
    {
        var (status, body) = await host.CreateClient().PostAsync(CostBombs.AliasedPlanningFigure(1150));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_MANY_ALIASES", body.ErrorCode());
    }

    [Fact]
    public async Task Planning_figures_are_priced_for_the_tables_they_read()
    {
        var (status, body) = await host.CreateClient().PostAsync(CostBombs.AliasedPlanningFigure(30));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("COMPLEXITY", body.ErrorCode());
    }

    [Fact]
    public async Task A_planning_figure_asked_for_under_several_aliases_is_computed_once()
    {
        var client = host.CreateClient();
        await client.DataAsync(CostBombs.AliasedPlanningFigure(1));
        host.Statements.Reset();
        await client.DataAsync(CostBombs.AliasedPlanningFigure(1));
        var once = host.Statements.Count;

        host.Statements.Reset();
        var data = await client.DataAsync(CostBombs.AliasedPlanningFigure(5));

        Assert.Equal(once, host.Statements.Count);
        Assert.Equal(data.At("a0").ToString(), data.At("a4").ToString());
    }

    [Fact]
    public async Task An_or_filter_of_3000_items_is_refused()
    {
        var (status, body) = await host.CreateClient().PostAsync(CostBombs.OrFilter(3000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("FILTER_TOO_LARGE", body.ErrorCode());
    }

    [Fact]
    public async Task An_in_list_of_3000_values_in_variables_is_refused()
    {
        var names = Enumerable.Range(0, 3000).Select(i => $"N{i}").ToArray();
        var (status, body) = await host.CreateClient().PostAsync(
            "query($names: [String!]) { persons(first: 10, where: { lastName: { in: $names } }) { nodes { lastName } } }", new { names });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("FILTER_TOO_LARGE", body.ErrorCode());
        Assert.Contains("3000 items", body.At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task A_filter_of_more_conditions_than_the_limit_is_refused_though_each_list_is_short()
    {
        var item = "{ and: [{ lastName: { eq: \"a\" } }, { firstName: { eq: \"b\" } }] }";
        var (status, body) = await host.CreateClient().PostAsync(
            "{ persons(first: 10, where: { or: [" + string.Join(", ", Enumerable.Repeat(item, 60)) + "] }) { nodes { lastName } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("FILTER_TOO_LARGE", body.ErrorCode());
        Assert.Contains("conditions", body.At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task An_or_filter_written_longer_than_the_limit_is_refused_before_the_document_is_parsed()
    {
        // The closing braces are missing: a document that gets as far as the parser is a syntax error.
        var unparsable = CostBombs.OrFilter(101)[..^3];

        var (status, body) = await host.CreateClient().PostAsync(unparsable);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("FILTER_TOO_LARGE", body.ErrorCode());
        Assert.Contains("101 items", body.At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task A_long_list_outside_a_filter_is_not_refused_as_a_filter()
    {
        var ids = string.Join(", ", Enumerable.Range(0, 150).Select(i => $"\"id{i}\""));

        var (_, body) = await host.CreateClient().PostAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.NotEqual("FILTER_TOO_LARGE", body.ErrorCode());
    }

    [Fact]
    public async Task A_filter_within_the_limits_runs()
    {
        var data = await host.CreateClient().DataAsync(CostBombs.OrFilter(50));

        Assert.Equal(JsonValueKindArray, data.At("persons", "nodes").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindArray = System.Text.Json.JsonValueKind.Array;
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteCostLimitTests(HubApiFactory factory) : CostLimitTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresCostLimitTests(PostgresHubApiFactory factory) : CostLimitTests(factory);
