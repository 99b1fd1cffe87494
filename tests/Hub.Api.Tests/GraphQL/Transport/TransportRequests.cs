using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL.Transport;

/// <summary>Raw HTTP requests to <c>/graphql</c>, with exactly the headers and bodies a rule is about.</summary>
internal static class TransportRequests
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static HttpRequestMessage Post(string body, string? contentType = Json, string? accept = null)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return WithAccept(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept);
    }

    public static HttpRequestMessage PostQuery(string query, string? accept = null) =>
        Post(JsonSerializer.Serialize(new { query }), accept: accept);

    public static HttpRequestMessage Get(string queryString, string? accept = null) =>
        WithAccept(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString), accept);

    public static string Encode(string value) => Uri.EscapeDataString(value);

    public static async Task<JsonElement> BodyAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>The <c>extensions.code</c> of the response's first error.</summary>
    public static async Task<string?> FirstErrorCodeAsync(this HttpResponseMessage response) =>
        (await response.BodyAsync()).At("errors")[0].At("extensions", "code").GetString();

    private static HttpRequestMessage WithAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }
}
