using System.Net;
using System.Text;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>Issue 11 §2, the transport's half: input the hub cannot read is a 400 with a code, never a 500.</summary>
public abstract class BadInputTests(HubApiHost host)
{
    [Fact]
    public async Task Invalid_utf8_inside_the_json_body_is_a_400()
    {
        var body = Encoding.UTF8.GetBytes("{\"query\": \"{ zones(first: 1) { nodes { name } } }\", \"variables\": {\"x\": \"AB\"}}");
        var at = Array.IndexOf(body, (byte)'A');
        body[at] = 0xC3;
        body[at + 1] = 0x28;

        var (status, response) = await host.CreateClient().PostBytesAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("INVALID_JSON", response);
    }

    [Theory]
    [InlineData("{\"query\": \"{ zones(first: 1) { nodes { name } } } # \\ud800\"}")]
    [InlineData("{\"query\": \"query($x: String) { zones(first: 1) { nodes { name } } }\", \"variables\": {\"x\": \"\\ud800\"}}")]
    public async Task An_unpaired_surrogate_escape_is_a_400(string json)
    {
        var (status, response) = await host.CreateClient().PostBytesAsync(Encoding.UTF8.GetBytes(json));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("INVALID_JSON", response);
    }

    [Fact]
    public async Task Two_hundred_nested_nots_are_a_400()
    {
        var (status, body) = await host.CreateClient().PostAsync(CostBombs.NestedNot(200));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("DOCUMENT_TOO_DEEP", body.ErrorCode());
    }

    [Fact]
    public async Task Selections_fifty_deep_are_a_400()
    {
        var (status, body) = await host.CreateClient().PostAsync(CostBombs.DeepSelections(50));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(body.ErrorCode(), new[] { "DOCUMENT_TOO_DEEP", "COMPLEXITY" });
    }

    [Fact]
    public async Task Two_hundred_nested_list_brackets_are_a_400()
    {
        var (status, body) = await host.CreateClient().PostAsync(CostBombs.NestedLists(200));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("DOCUMENT_TOO_DEEP", body.ErrorCode());
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteBadInputTests(HubApiFactory factory) : BadInputTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresBadInputTests(PostgresHubApiFactory factory) : BadInputTests(factory);
