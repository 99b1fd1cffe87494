using System.Net;
using System.Text;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.GraphQL.Transport.TransportRequests;

namespace Hub.Api.Tests.GraphQL.Transport;

[Collection(HubApiCollection.Name)]
public sealed class PostRequestTests(HubApiFactory factory) : HubApiTest(factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Issue_curl_returns_273_comuni_and_28_zones()
    {
        using var response = await client.SendAsync(Post("""{"query":"{ municipalities(first: 1) { totalCount } zones(first: 1) { totalCount } }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.BodyAsync()).At("data");
        Assert.Equal(273, data.At("municipalities", "totalCount").GetInt32());
        Assert.Equal(28, data.At("zones", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Variables_and_operation_name_reach_execution()
    {
        using var response = await client.SendAsync(Post("""
            {"query":"query Other { zones(first: 1) { totalCount } } query Comune($code: String!) { municipality(istatCode: $code) { name } }",
             "operationName":"Comune","variables":{"code":"048017"},"extensions":{}}
            """));

        Assert.Equal("Firenze", (await response.BodyAsync()).At("data", "municipality", "name").GetString());
    }

    [Fact]
    public async Task Null_optional_parameters_are_the_same_as_none()
    {
        using var response = await client.SendAsync(Post("""{"query":"{ zones(first: 1) { totalCount } }","operationName":null,"variables":null,"extensions":null}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(28, (await response.BodyAsync()).At("data", "zones", "totalCount").GetInt32());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    public async Task Post_with_unsupported_content_type_returns_415(string contentType)
    {
        using var response = await client.SendAsync(Post("""{"query":"{ zones { totalCount } }"}""", contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Post_without_content_type_returns_415()
    {
        using var response = await client.SendAsync(Post("""{"query":"{ zones { totalCount } }"}""", contentType: null));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Non_utf8_charset_returns_415()
    {
        using var response = await client.SendAsync(Post("""{"query":"{ zones { totalCount } }"}""", "application/json; charset=iso-8859-1"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("UTF-8", (await response.BodyAsync()).At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task Utf8_charset_is_accepted()
    {
        using var response = await client.SendAsync(Post("""{"query":"{ zones(first: 1) { totalCount } }"}""", "application/json; charset=UTF-8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Malformed_json_returns_400(string accept)
    {
        using var response = await client.SendAsync(Post("""{"query":""", accept: accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Body_may_start_with_a_byte_order_mark()
    {
        using var response = await client.SendAsync(Post("\uFEFF" + """{"query":"{ zones(first: 1) { totalCount } }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""[{"query":"{ zones { totalCount } }"}]""")]
    [InlineData("\"{ zones { totalCount } }\"")]
    public async Task Body_must_be_a_json_object(string body)
    {
        using var response = await client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", await response.FirstErrorCodeAsync());
    }

    [Theory]
    [InlineData("""{"qeury":"{ zones { totalCount } }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":{"zones":"totalCount"}}""")]
    public async Task Query_must_be_a_string(string body)
    {
        using var response = await client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Operation_name_must_be_a_string()
    {
        using var response = await client.SendAsync(Post("""{"query":"{ zones { totalCount } }","operationName":7}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("[7]")]
    [InlineData("\"{}\"")]
    [InlineData("1")]
    public async Task Variables_must_be_an_object(string variables)
    {
        using var response = await client.SendAsync(Post($$"""{"query":"query Q($i: Int) { zones(first: $i) { totalCount } }","variables":{{variables}}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'variables'", (await response.BodyAsync()).At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task Extensions_must_be_an_object()
    {
        using var response = await client.SendAsync(Post("""{"query":"{ zones { totalCount } }","extensions":[]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'extensions'", (await response.BodyAsync()).At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task Body_over_limit_returns_413()
    {
        using var response = await client.SendAsync(PostQuery("{ zones(first: 1) { totalCount } }" + new string(' ', 100 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", await response.FirstErrorCodeAsync());
        Assert.Contains("102400 bytes", (await response.BodyAsync()).At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task Body_over_limit_without_content_length_returns_413()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"{ zones { totalCount } }", "padding":" """ + new string('x', 100 * 1024) + "\"}");
        // A stream of unknown length goes out chunked: the limit must be counted while reading.
        var content = new StreamContent(new UnseekableStream(body));
        content.Headers.ContentType = new("application/json");
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
