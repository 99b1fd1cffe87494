using System.Text.Json;

namespace Hub.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// One message from the client, read strictly: a JSON object with a string <c>type</c>, an optional string
/// <c>id</c> and an optional <c>payload</c>. Anything else is <see cref="CloseCodes.BadRequest"/>, as the protocol says.
/// </summary>
internal sealed record SocketMessage(string Type, string? Id, JsonElement? Payload)
{
    /// <summary>The message, or the reason it is invalid.</summary>
    public static (SocketMessage? Message, string? Invalid) Parse(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, "A message is a JSON object.");
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return (null, "A message needs a string 'type'.");
            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String)
                    return (null, "A message's 'id' is a string.");
                id = idElement.GetString();
            }
            var payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : (JsonElement?)null;
            return (new SocketMessage(type.GetString()!, id, payload), null);
        }
        catch (JsonException)
        {
            return (null, "A message is JSON text.");
        }
    }
}
