using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.GraphQL.Filtering;

/// <summary>
/// A filter never widens by accident (issue 12 §4): a null or a variable left out in <c>where:</c>
/// is refused with INVALID_FILTER naming the input path, and absence is asked for with <c>isNull</c>.
/// </summary>
public abstract class ExplicitFilterTests(HubApiHost host) : HubApiTest(host)
{
    private const string ByFiscalCode = "query($cf: String) { persons(where: { identifier: { eq: $cf } }) { totalCount edges { node { id } } } }";

    [Fact]
    public async Task A_null_fiscal_code_variable_is_refused_not_the_whole_zone()
    {
        var body = await Host.CreateClient().QueryAsync(ByFiscalCode, new Dictionary<string, object?> { ["cf"] = null });

        AssertRefused(body, "where.identifier.eq");
    }

    [Fact]
    public async Task An_absent_fiscal_code_variable_is_refused_not_the_whole_zone()
    {
        var body = await Host.CreateClient().QueryAsync(ByFiscalCode, new { });

        AssertRefused(body, "where.identifier");
    }

    [Fact]
    public async Task A_literal_null_field_or_not_is_refused_naming_its_path()
    {
        var client = Host.CreateClient();

        AssertRefused(await client.QueryAsync("{ persons(where: { lastName: null }) { totalCount } }"), "where.lastName");
        AssertRefused(await client.QueryAsync("{ persons(where: { and: [{ sex: { eq: MALE } }, { not: null }] }) { totalCount } }"), "where.and[1].not");
    }

    [Fact]
    public async Task IsNull_asks_for_a_missing_value_and_its_opposite_for_a_present_one()
    {
        var client = Host.CreateClient();
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        var (missing, present) = (await db.Organizations.CountAsync(o => o.TaxCode == null), await db.Organizations.CountAsync(o => o.TaxCode != null));

        var withoutCode = await client.DataAsync("{ organizations(where: { taxCode: { isNull: true } }) { totalCount } }");
        var withCode = await client.DataAsync("{ organizations(where: { taxCode: { isNull: false } }) { totalCount } }");

        Assert.Equal((missing, present), (withoutCode.At("organizations", "totalCount").GetInt32(), withCode.At("organizations", "totalCount").GetInt32()));
        Assert.True(missing > 0 && present > 0, "The seeded organizations hold both kinds.");
    }

    private static void AssertRefused(JsonElement body, string path)
    {
        var error = body.At("errors")[0];
        Assert.Equal("INVALID_FILTER", error.At("extensions", "code").GetString());
        Assert.Contains(path, error.At("message").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("persons", out var persons) && persons.ValueKind != JsonValueKind.Null, "No person is returned.");
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteExplicitFilterTests(HubApiFactory host) : ExplicitFilterTests(host);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresExplicitFilterTests(PostgresHubApiFactory host) : ExplicitFilterTests(host);
