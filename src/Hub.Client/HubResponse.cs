using System.Text.Json;

namespace Hub.Client;

/// <summary>
/// Reads a GraphQL-over-HTTP response into a <see cref="HubResult{TData}"/>. A body that is not a
/// GraphQL response (a proxy's error page) becomes one error with code <c>HTTP_ERROR</c>; data that
/// does not fit the generated records (a client built against an older schema) one with code
/// <c>RESPONSE_MISMATCH</c>.
/// </summary>
internal static class HubResponse
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static async Task<HubResult<TData>> ReadAsync<TData>(IHubOperation<TData> operation, HttpResponseMessage response, CancellationToken cancellationToken)
        where TData : class
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not (GraphQLResponseJson or "application/json"))
            return Failure<TData>(status, $"The hub answered HTTP {status} with {mediaType ?? "no content type"}, not a GraphQL response.", "HTTP_ERROR");
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return Failure<TData>(status, $"The hub's response is not valid JSON: {e.Message}", "HTTP_ERROR");
        }
        using (json)
            return Read(operation, json.RootElement, status);
    }

    /// <summary>A GraphQL response object (<c>data</c>, <c>errors</c>): over HTTP the body, over a socket a <c>next</c> message's payload.</summary>
    public static HubResult<TData> Read<TData>(IHubOperation<TData> operation, JsonElement root, int status) where TData : class
    {
        var errors = HubJson.IsNull(HubJson.Field(root, "errors")) ? [] : HubJson.List(HubJson.Field(root, "errors"), Error);
        var data = HubJson.Field(root, "data");
        if (data.ValueKind != JsonValueKind.Object)
            return new HubResult<TData>(null, errors, status);
        try
        {
            return new HubResult<TData>(operation.ReadData(data), errors, status);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException or OverflowException)
        {
            return new HubResult<TData>(null, [.. errors, new GraphQLError($"The response does not fit the generated types of {operation.Document.Name}: {e.Message}", "RESPONSE_MISMATCH", [])], status);
        }
    }

    /// <summary>One GraphQL error object.</summary>
    public static GraphQLError Error(JsonElement error)
    {
        var message = HubJson.Field(error, "message") is { ValueKind: JsonValueKind.String } m ? m.GetString()! : "(no message)";
        var code = HubJson.Field(HubJson.Field(error, "extensions"), "code") is { ValueKind: JsonValueKind.String } c ? c.GetString() : null;
        var path = HubJson.Field(error, "path") is { ValueKind: JsonValueKind.Array } p
            ? HubJson.List(p, segment => segment.ValueKind == JsonValueKind.String ? segment.GetString()! : segment.GetRawText())
            : [];
        return new GraphQLError(message, code, path);
    }

    private static HubResult<TData> Failure<TData>(int status, string message, string code) where TData : class =>
        new(null, [new GraphQLError(message, code, [])], status);
}
