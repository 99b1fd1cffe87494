using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Tests.GraphQL.Transport;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Hub.Api.Tests.GraphQL;

/// <summary>The limits every request runs under, each refused with a clear error.</summary>
[Collection(HubApiCollection.Name)]
public sealed class LimitsTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public async Task Too_deep_a_document_is_refused_before_it_runs()
    {
        // 18 levels of selection, beyond the default limit of 15.
        var deep = "{ persons(first: 1) { nodes { household { members { person { household { members { person { household { members { person { household { members { person { household { members { person { lastName } } } } } } } } } } } } } } } } } }";

        var (status, body) = await PostAsync(deep);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("too nested", body.At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task Too_complex_a_document_is_refused_before_it_runs()
    {
        var (status, body) = await PostAsync("{ zones(first: 100) { nodes { structures(first: 100) { nodes { modules { name kind authorisedPlaces } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("COMPLEXITY", body.At("errors")[0].At("extensions", "code").GetString());
        Assert.Contains("too complex", body.At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task A_full_page_of_an_everyday_query_with_variables_passes()
    {
        var (status, body) = await PostAsync("""
            query Registry($first: Int!, $zone: String!) {
              persons(first: $first, where: { residence: { municipality: { zone: { code: { eq: $zone } } } } }) {
                totalCount
                nodes { identifier firstName lastName birthDate
                  residence { street municipality { name zone { code name healthAuthority { name } } } }
                  household { iseeValue members { relationship person { identifier lastName } } } } } }
            """, new { first = 100, zone = "CE-FIR" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Fact]
    public async Task Introspection_as_ides_send_it_is_not_limited()
    {
        // The type reference of the usual introspection query: ten levels of ofType.
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }";
        var (status, body) = await PostAsync($"{{ __schema {{ types {{ name fields(includeDeprecated: true) {{ name args {{ name type {{ {typeRef} }} }} type {{ {typeRef} }} }} }} }} }}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.At("data", "__schema", "types").GetArrayLength() > 50);
    }

    [Fact]
    public async Task A_request_running_past_the_timeout_is_stopped_with_an_error()
    {
        using var host = Host.WithTestFields().WithWebHostBuilder(builder => builder.UseSetting("Hub:GraphQL:ExecutionTimeout", "00:00:00.300"));
        var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ waitForCancellation }" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("EXECUTION_TIMEOUT", body.At("errors")[0].At("extensions", "code").GetString());
        Assert.Contains("0.3 s", body.At("errors")[0].At("message").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query, object? variables = null)
    {
        // The spec's own media type, whose status codes say a document was refused (application/json answers 200).
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
