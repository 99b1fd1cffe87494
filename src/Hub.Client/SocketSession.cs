using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace Hub.Client;

/// <summary>
/// One graphql-transport-ws connection to the hub: opened with connection_init carrying the bearer
/// token (<c>{"Authorization": "Bearer …"}</c>) and acknowledged, then one subscription's messages.
/// Pings are answered with pongs here; a failed or closed socket reads as the end (<see cref="CloseCode"/>).
/// </summary>
internal sealed class SocketSession : IAsyncDisposable
{
    private const string Subprotocol = "graphql-transport-ws";

    private readonly ClientWebSocket socket = new();

    private SocketSession()
    {
        socket.Options.AddSubProtocol(Subprotocol);
    }

    /// <summary>The hub's close code once it closed the socket (4403 for a refused or expired token); null while open or after a network failure.</summary>
    public int? CloseCode => (int?)socket.CloseStatus;

    /// <summary>A connected and acknowledged session; or the session that failed to become one (read its <see cref="CloseCode"/>), null when the network failed.</summary>
    public static async Task<(SocketSession? Session, bool Acknowledged)> OpenAsync(Uri uri, string? token, CancellationToken cancellationToken)
    {
        var session = new SocketSession();
        try
        {
            await session.socket.ConnectAsync(uri, cancellationToken);
            await session.SendAsync(writer =>
            {
                writer.WriteString("type", "connection_init");
                writer.WriteStartObject("payload");
                if (token is { Length: > 0 })
                    writer.WriteString("Authorization", "Bearer " + token);
                writer.WriteEndObject();
            }, cancellationToken);
            using var ack = await session.NextAsync(cancellationToken);
            return (session, ack is not null && Type(ack) == "connection_ack");
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException)
        {
            await session.DisposeAsync();
            return (null, false);
        }
    }

    /// <summary>Sends subscribe with <paramref name="id"/> and the operation's request object.</summary>
    public Task SubscribeAsync<TData>(string id, IHubOperation<TData> operation, bool documentIdOnly, CancellationToken cancellationToken) =>
        SendAsync(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", "subscribe");
            writer.WritePropertyName("payload");
            OperationPayload.Write(writer, operation, documentIdOnly);
        }, cancellationToken);

    /// <summary>The next message other than ping/pong; null when the socket closed or failed.</summary>
    public async Task<JsonDocument?> NextAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await ReceiveAsync(cancellationToken) is { } message)
            {
                if (Type(message) is not ("ping" or "pong"))
                    return message;
                if (Type(message) == "ping")
                    await SendAsync(writer => writer.WriteString("type", "pong"), cancellationToken);
                message.Dispose();
            }
            return null;
        }
        catch (Exception e) when (e is WebSocketException or JsonException)
        {
            return null;
        }
    }

    /// <summary>A message's <c>type</c>.</summary>
    public static string? Type(JsonDocument message) =>
        HubJson.Field(message.RootElement, "type") is { ValueKind: JsonValueKind.String } type ? type.GetString() : null;

    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Advance(result.Count);
            if (result.EndOfMessage)
                return JsonDocument.Parse(buffer.WrittenMemory);
        }
    }

    private async Task SendAsync(Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            // Complete the closing handshake briefly; a hub that does not answer is left behind.
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, patience.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Already gone.
            }
        }
        socket.Dispose();
    }
}
