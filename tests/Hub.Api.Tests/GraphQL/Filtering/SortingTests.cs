using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.GraphQL.Filtering;

/// <summary>Sorting through the API, checked against the seeded data ordered in memory.</summary>
public abstract class SortingTests(HubApiHost factory) : HubApiTest(factory)
{
    [Fact]
    public async Task Several_keys_and_directions_apply_in_turn_across_pages()
    {
        var registry = await SeededRegistry.LoadAsync(Host.Services);

        var (ids, _) = await FilteringTests.AllIdsAsync(Host.CreateClient(), "persons", "{}", "[{ birthDate: DESC }, { lastName: ASC }]", pageSize: 7);

        var persons = ids.Select(registry.Person).ToList();
        Assert.Equal(registry.Persons.Count, ids.Distinct().Count());
        Assert.Equal(persons.OrderByDescending(p => p.BirthDate).ThenBy(p => SearchKey.Fold(p.LastName), StringComparer.Ordinal).ThenBy(p => p.LastName, StringComparer.Ordinal)
                .Select(p => (p.BirthDate, p.LastName)),
            persons.Select(p => (p.BirthDate, p.LastName)));
    }

    [Fact]
    public async Task Nested_keys_sort_by_a_field_of_the_related_object()
    {
        var registry = await SeededRegistry.LoadAsync(Host.Services);

        var (ids, _) = await FilteringTests.AllIdsAsync(Host.CreateClient(), "structures", "{}", "[{ operator: { name: ASC } }, { name: DESC }]", pageSize: 100);

        var rows = ids.Select(id => registry.Structures.Single(s => s.Id == id))
            .Select(s => (Operator: registry.Organization(s.OperatorOrganizationId).Name, s.Name)).ToList();
        Assert.Equal(registry.Structures.Count, ids.Distinct().Count());
        Assert.Equal(rows.OrderBy(r => SearchKey.Fold(r.Operator), StringComparer.Ordinal).ThenBy(r => r.Operator, StringComparer.Ordinal)
            .ThenByDescending(r => SearchKey.Fold(r.Name), StringComparer.Ordinal).ThenByDescending(r => r.Name, StringComparer.Ordinal), rows);
    }

    [Fact]
    public async Task Decimal_keys_sort_by_value()
    {
        var registry = await SeededRegistry.LoadAsync(Host.Services);

        var (ids, _) = await FilteringTests.AllIdsAsync(Host.CreateClient(), "staff", "{}", "[{ weeklyHours: DESC }]", pageSize: 100);

        var hours = ids.Select(id => registry.Staff.Single(s => s.Id == id).WeeklyHours).ToList();
        Assert.Equal(registry.Staff.Count, ids.Distinct().Count());
        Assert.True(hours.Distinct().Count() > 1, "the seeded staff should work different hours");
        Assert.Equal(hours.OrderDescending(), hours);
    }

    [Fact]
    public async Task Paging_backward_keeps_the_chosen_order()
    {
        var client = Host.CreateClient();
        const string query = """
            query($first: Int, $last: Int, $before: String) {
              municipalities(first: $first, last: $last, before: $before, order: [{ population: DESC }]) {
                edges { cursor node { istatCode } } } }
            """;
        var forward = (await client.DataAsync(query, new { first = 12 })).At("municipalities", "edges").EnumerateArray().ToList();

        var backward = (await client.DataAsync(query, new { last = 5, before = forward[10].At("cursor").GetString() })).At("municipalities", "edges");

        Assert.Equal(forward.Skip(5).Take(5).Select(e => e.At("node", "istatCode").GetString()),
            backward.EnumerateArray().Select(e => e.At("node", "istatCode").GetString()));
    }

    [Fact]
    public async Task An_item_naming_two_fields_is_refused()
    {
        var body = await Host.CreateClient().QueryAsync("{ persons(order: [{ lastName: ASC, firstName: ASC }]) { totalCount } }");

        Assert.Contains("names exactly one field; this one names 2", body.At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task A_cursor_only_works_in_the_order_it_was_made_in()
    {
        var client = Host.CreateClient();
        var cursor = (await client.DataAsync("{ persons(first: 2) { pageInfo { endCursor } } }")).At("persons", "pageInfo", "endCursor").GetString();

        var body = await client.QueryAsync("query($after: String) { persons(after: $after, order: [{ birthDate: ASC }]) { totalCount } }", new { after = cursor });

        Assert.Contains("is not a cursor of this list in this order", body.At("errors")[0].At("message").GetString());
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteSortingTests(HubApiFactory factory) : SortingTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresSortingTests(PostgresHubApiFactory factory) : SortingTests(factory);
