using System.Net;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.GraphQL.Transport.TransportRequests;

namespace Hub.Api.Tests.GraphQL.Transport;

/// <summary>The status codes GraphQL over HTTP gives each outcome, per response media type.</summary>
[Collection(HubApiCollection.Name)]
public sealed class StatusCodeTests(HubApiFactory factory) : HubApiTest(factory)
{
    private const string ValidationError = "{ zones(first: 1) { noSuchField } }";
    private const string ParseError = "{ zones(first: 1) {";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Graphql_response_json_gets_400_for_validation_errors()
    {
        using var response = await client.SendAsync(PostQuery(ValidationError, GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await response.BodyAsync()).TryGetProperty("data", out _), "A request refused before execution has no data entry.");
    }

    [Fact]
    public async Task Graphql_response_json_gets_400_for_parse_errors()
    {
        using var response = await client.SendAsync(PostQuery(ParseError, GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Graphql_response_json_gets_400_when_the_operation_cannot_be_determined()
    {
        using var response = await client.SendAsync(Post(
            """{"query":"query A { zones(first: 1) { totalCount } }","operationName":"B"}""", accept: GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Graphql_response_json_gets_400_for_variable_coercion_errors()
    {
        using var response = await client.SendAsync(Post(
            """{"query":"query Q($n: Int!) { zones(first: $n) { totalCount } }","variables":{"n":"many"}}""", accept: GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Graphql_response_json_gets_400_for_an_operation_type_the_schema_lacks()
    {
        using var response = await client.SendAsync(PostQuery("mutation { x }", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Graphql_response_json_gets_200_for_partial_data()
    {
        using var response = await client.SendAsync(PostQuery("{ node(id: \"not-an-id\") { id } zones(first: 1) { totalCount } }", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal(JsonValueKind.Null, body.At("data", "node").ValueKind);
        Assert.Equal(28, body.At("data", "zones", "totalCount").GetInt32());
        Assert.Equal("INVALID_ID", body.At("errors")[0].At("extensions", "code").GetString());
    }

    [Fact]
    public async Task Graphql_response_json_gets_400_without_data_when_execution_refuses_a_value_of_the_request()
    {
        using var tooLarge = await client.SendAsync(PostQuery("{ zones(first: 1000) { totalCount } }", GraphQLResponseJson));
        using var both = await client.SendAsync(PostQuery("{ zones(first: 1, last: 1) { totalCount } }", GraphQLResponseJson));

        foreach (var response in new[] { tooLarge, both })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.False((await response.BodyAsync()).TryGetProperty("data", out _), "A request refused for its own values has no data entry.");
            Assert.Equal("BAD_USER_INPUT", await response.FirstErrorCodeAsync());
        }
    }

    [Fact]
    public async Task Accept_application_json_gets_200_for_validation_errors()
    {
        using var response = await client.SendAsync(PostQuery(ValidationError, Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Accept_application_json_gets_200_for_parse_errors()
    {
        using var response = await client.SendAsync(PostQuery(ParseError, Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", await response.FirstErrorCodeAsync());
    }
}
