using System.Net;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.GraphQL.Transport.TransportRequests;

namespace Hub.Api.Tests.GraphQL.Transport;

[Collection(HubApiCollection.Name)]
public sealed class GetRequestTests(HubApiFactory factory) : HubApiTest(factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Get_query_returns_data()
    {
        var variables = Encode("""{"code":"048017"}""");
        using var response = await client.SendAsync(Get(
            $"query={Encode("query($code: String!) { municipality(istatCode: $code) { name } }")}&variables={variables}&operationName="));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Firenze", (await response.BodyAsync()).At("data", "municipality", "name").GetString());
    }

    [Theory]
    [InlineData("mutation { x }")]
    [InlineData("subscription { x }")]
    public async Task Get_mutation_returns_405_with_allow_post(string document)
    {
        using var response = await client.SendAsync(Get($"query={Encode(document)}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", await response.FirstErrorCodeAsync());
    }

    [Theory]
    [InlineData("Read", HttpStatusCode.OK)]
    [InlineData("Change", HttpStatusCode.MethodNotAllowed)]
    public async Task Get_checks_the_operation_named_by_operation_name(string operationName, HttpStatusCode expected)
    {
        var document = Encode("query Read { zones(first: 1) { totalCount } } mutation Change { cancelCase(input: { careCaseId: \"x\" }) { errors { message } } }");

        using var response = await client.SendAsync(Get($"query={document}&operationName={operationName}"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_without_query_returns_400()
    {
        using var response = await client.SendAsync(Get("operationName=Q", accept: GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", await response.FirstErrorCodeAsync());
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("extensions")]
    public async Task Get_variables_and_extensions_must_be_json_objects(string parameter)
    {
        var query = Encode("{ zones(first: 1) { totalCount } }");

        using var notJson = await client.SendAsync(Get($"query={query}&{parameter}={Encode("{code:1}")}"));
        using var notObject = await client.SendAsync(Get($"query={query}&{parameter}={Encode("[1]")}"));

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notObject.StatusCode);
    }

    [Fact]
    public async Task Get_parameter_given_twice_returns_400()
    {
        var query = Encode("{ zones(first: 1) { totalCount } }");

        using var response = await client.SendAsync(Get($"query={query}&query={query}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_query_string_over_limit_returns_414()
    {
        var query = Encode("{ zones(first: 1) { totalCount } }" + new string(' ', 8 * 1024));

        using var response = await client.SendAsync(Get($"query={query}"));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("QUERY_STRING_TOO_LONG", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Browser_page_load_is_left_to_the_ide()
    {
        using var response = await client.SendAsync(Get("", accept: "text/html,application/xhtml+xml,*/*;q=0.8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
