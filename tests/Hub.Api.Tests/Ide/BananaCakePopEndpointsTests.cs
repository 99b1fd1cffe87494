using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Ide;

[Collection(HubApiCollection.Name)]
public sealed partial class BananaCakePopEndpointsTests(HubApiFactory factory) : HubApiTest(factory)
{
    // What Chromium and Firefox send when the address bar opens a page.
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task Browser_get_serves_the_ide_page(string path)
    {
        var response = await GetAsync(path, BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Banana Cake Pop</title>", page);
        Assert.Contains("<base href=\"/graphql/ide/\"/>", page);
    }

    [Fact]
    public async Task Ide_scripts_are_served_with_their_content_type_and_cached_for_good()
    {
        var page = await (await GetAsync("/graphql", BrowserAccept)).Content.ReadAsStringAsync();
        var mainScript = MainScript().Match(page).Value;

        var response = await GetAsync("/graphql/ide/" + mainScript, "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Config_points_the_ide_at_this_endpoint()
    {
        var config = await Host.CreateClient().GetFromJsonAsync<JsonElement>("/graphql/bcp-config.json");

        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.False(config.TryGetProperty("endpoint", out _));
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task Config_in_development_presets_a_persona_token_the_hub_accepts()
    {
        var config = await Host.CreateClient().GetFromJsonAsync<JsonElement>("/graphql/bcp-config.json");
        var authorization = config.GetProperty("httpHeaders").GetProperty("Authorization").GetString()!;
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);

        var data = await client.DataAsync("{ persons(first: 1) { totalCount } }");

        Assert.True(data.At("persons", "totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task License_is_served()
    {
        var response = await GetAsync("/graphql/ide/LICENSE", "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ChilliCream License 1.0", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_post_requests_pass_through()
    {
        var response = await Host.CreateClient().PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D", BrowserAccept)]
    [InlineData("/graphql", "application/graphql-response+json, application/json;q=0.9")]
    [InlineData("/graphql", "*/*")]
    public async Task Api_get_requests_pass_through(string pathAndQuery, string accept)
    {
        var response = await GetAsync(pathAndQuery, accept);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Banana Cake Pop", await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> GetAsync(string pathAndQuery, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return Host.CreateClient().SendAsync(request);
    }

    [GeneratedRegex(@"static/js/main\.[0-9a-f]+\.js")]
    private static partial Regex MainScript();
}
