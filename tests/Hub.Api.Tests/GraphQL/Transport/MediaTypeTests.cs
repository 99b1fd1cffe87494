using System.Net;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.GraphQL.Transport.TransportRequests;

namespace Hub.Api.Tests.GraphQL.Transport;

[Collection(HubApiCollection.Name)]
public sealed class MediaTypeTests(HubApiFactory factory) : HubApiTest(factory)
{
    private const string Query = "{ zones(first: 1) { totalCount } }";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task No_accept_gets_application_json()
    {
        using var response = await client.SendAsync(PostQuery(Query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Responses_declare_utf8()
    {
        using var ok = await client.SendAsync(PostQuery(Query, Json));
        using var refused = await client.SendAsync(Post("{", accept: GraphQLResponseJson));

        Assert.Equal("utf-8", ok.Content.Headers.ContentType?.CharSet);
        Assert.Equal("utf-8", refused.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/*")]
    public async Task Wildcards_get_application_json_for_legacy_clients(string accept)
    {
        using var response = await client.SendAsync(PostQuery(Query, accept));

        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json, */*")]
    public async Task The_recommended_accept_gets_graphql_response_json(string accept)
    {
        using var response = await client.SendAsync(PostQuery(Query, accept));

        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Accept_application_json_gets_application_json()
    {
        using var response = await client.SendAsync(PostQuery(Query, Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0, */*", Json)]
    public async Task Accept_quality_values_decide(string accept, string expected)
    {
        using var response = await client.SendAsync(PostQuery(Query, accept));

        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/html")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Unknown_accept_returns_406(string accept)
    {
        using var response = await client.SendAsync(PostQuery(Query, accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Responses_vary_by_accept()
    {
        using var response = await client.SendAsync(Get($"query={Encode(Query)}"));

        Assert.Contains("Accept", response.Headers.Vary);
    }
}
