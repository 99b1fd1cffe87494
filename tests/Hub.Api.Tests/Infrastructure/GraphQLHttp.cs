using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests the way a client does and hands back the parsed response.</summary>
public static class GraphQLHttp
{
    public static async Task<JsonElement> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body;
    }

    /// <summary>The <c>data</c> of a response that must have no errors.</summary>
    public static async Task<JsonElement> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = await client.QueryAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return body.GetProperty("data");
    }

    public static JsonElement At(this JsonElement element, params string[] path) =>
        path.Aggregate(element, (current, name) => current.GetProperty(name));
}
