using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>Requests whose status matters as much as their body.</summary>
internal static class LimitsHttp
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>A body of raw bytes, as a careless or hostile client may send.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> PostBytesAsync(this HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/graphql", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string ErrorCode(this JsonElement body) => body.At("errors")[0].At("extensions", "code").GetString()!;
}
