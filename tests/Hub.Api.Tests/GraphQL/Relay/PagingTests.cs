using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.GraphQL.Relay;

public abstract class PagingTests(HubApiHost factory) : HubApiTest(factory)
{
    private const string MunicipalitiesPage = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          municipalities(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { istatCode name } }
          }
        }
        """;

    [Fact]
    public async Task Paging_forward_visits_every_row_once_in_order()
    {
        var client = Host.CreateClient();
        var seen = new List<string>();
        string? after = null;
        bool more;
        do
        {
            var page = (await client.DataAsync(MunicipalitiesPage, new { first = 50, after })).At("municipalities");
            seen.AddRange(page.At("edges").EnumerateArray().Select(e => e.At("node", "name").GetString()!));
            more = page.At("pageInfo", "hasNextPage").GetBoolean();
            after = page.At("pageInfo", "endCursor").GetString();
        } while (more);

        Assert.Equal(273, seen.Count);
        // Comuni in Italian alphabetical order: "Barberino di Mugello" before "Barberino Tavarnelle".
        Assert.Equal(seen.OrderBy(n => SearchKey.Fold(n), StringComparer.Ordinal).ThenBy(n => n, StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Paging_backward_from_a_cursor_returns_the_rows_before_it()
    {
        var client = Host.CreateClient();
        var first = (await client.DataAsync(MunicipalitiesPage, new { first = 10 })).At("municipalities", "edges").EnumerateArray().ToList();

        var back = (await client.DataAsync(MunicipalitiesPage, new { last = 4, before = first[6].GetProperty("cursor").GetString() })).At("municipalities");

        Assert.Equal(Names(first.Skip(2).Take(4)), Names(back.At("edges").EnumerateArray()));
        Assert.True(back.At("pageInfo", "hasPreviousPage").GetBoolean());
        Assert.True(back.At("pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_page_of_nodes_alone_pages_on_from_its_start_and_end_cursors()
    {
        // Without edges only the page's first and last rows get a cursor (issue 18): pageInfo's, which still page on both ways.
        const string nodesPage = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              municipalities(first: $first, after: $after, last: $last, before: $before) {
                pageInfo { startCursor endCursor } nodes { name } } }
            """;
        var client = Host.CreateClient();
        var all = (await client.DataAsync(MunicipalitiesPage, new { first = 9 })).At("municipalities", "edges").EnumerateArray().ToList();
        var middle = (await client.DataAsync(nodesPage, new { first = 3, after = all[2].GetProperty("cursor").GetString() })).At("municipalities");

        var next = (await client.DataAsync(nodesPage, new { first = 3, after = middle.At("pageInfo", "endCursor").GetString() })).At("municipalities", "nodes");
        var previous = (await client.DataAsync(nodesPage, new { last = 3, before = middle.At("pageInfo", "startCursor").GetString() })).At("municipalities", "nodes");

        Assert.Equal(Names(all.Skip(3).Take(3)), middle.At("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList());
        Assert.Equal(Names(all.Skip(6).Take(3)), next.EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList());
        Assert.Equal(Names(all.Take(3)), previous.EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList());
    }

    [Fact]
    public async Task Cursor_stays_valid_for_the_next_request()
    {
        var client = Host.CreateClient();
        var page = (await client.DataAsync(MunicipalitiesPage, new { first = 5 })).At("municipalities");
        var cursor = page.At("edges")[2].GetProperty("cursor").GetString();

        var again = (await client.DataAsync(MunicipalitiesPage, new { first = 2, after = cursor })).At("municipalities", "edges");

        Assert.Equal(Names(page.At("edges").EnumerateArray().Skip(3)), Names(again.EnumerateArray()));
    }

    [Fact]
    public async Task Total_count_counts_the_whole_list()
    {
        var data = await Host.CreateClient().DataAsync("{ municipalities(first: 1) { totalCount } zones(first: 1) { totalCount } persons(first: 1) { totalCount } }");

        Assert.Equal(273, data.At("municipalities", "totalCount").GetInt32());
        Assert.Equal(28, data.At("zones", "totalCount").GetInt32());
        Assert.Equal(HubApiHost.DemoPersons, data.At("persons", "totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{ zones(first: 101) { totalCount } }", "largest page is 100")]
    [InlineData("{ zones(first: -1) { totalCount } }", "cannot be negative")]
    [InlineData("{ zones(first: 1, last: 1) { totalCount } }", "either first or last")]
    public async Task Bad_paging_arguments_get_a_clear_error(string query, string message)
    {
        var body = await Host.CreateClient().QueryAsync(query);

        var error = body.GetProperty("errors")[0];
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.At("extensions", "code").GetString());
    }

    private static List<string> Names(IEnumerable<JsonElement> edges) => edges.Select(e => e.At("node", "name").GetString()!).ToList();
}

[Collection(HubApiCollection.Name)]
public sealed class SqlitePagingTests(HubApiFactory factory) : PagingTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresPagingTests(PostgresHubApiFactory factory) : PagingTests(factory);
