using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.People;

public abstract class PersonQueryTests(HubApiHost factory) : HubApiTest(factory)
{
    [Fact]
    public async Task Person_is_found_by_fiscal_code_whatever_the_case_and_spacing()
    {
        var client = Host.CreateClient();
        var known = (await client.DataAsync("{ persons(first: 1) { nodes { identifier lastName } } }")).At("persons", "nodes")[0];
        var typed = string.Join(' ', known.At("identifier").GetString()!.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

        var person = (await client.DataAsync("query($code: String!) { person(fiscalCode: $code) { identifier lastName } }", new { code = typed })).At("person");

        Assert.Equal(known.At("identifier").GetString(), person.At("identifier").GetString());
    }

    [Fact]
    public async Task Invalid_fiscal_code_is_refused_with_the_reason()
    {
        var body = await Host.CreateClient().QueryAsync("{ person(fiscalCode: \"RSSMRA85T10A562Z\") { identifier } }");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.At("extensions", "code").GetString());
        Assert.Contains("check character", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Person_leads_to_household_members_and_back()
    {
        var data = await Host.CreateClient().DataAsync(
            "{ households(first: 20) { nodes { members { relationship person { identifier household { id } } } } } }");

        var household = data.At("households", "nodes").EnumerateArray().First(h => h.At("members").GetArrayLength() > 1);
        var members = household.At("members").EnumerateArray().ToList();
        Assert.Single(members, m => m.At("relationship").GetString() == "HEAD");
        Assert.Single(members.Select(m => m.At("person", "household", "id").GetString()).Distinct());
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqlitePersonQueryTests(HubApiFactory factory) : PersonQueryTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresPersonQueryTests(PostgresHubApiFactory factory) : PersonQueryTests(factory);
