using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Hub.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// The framing under graphql-transport-ws: whole text messages in (at most <see cref="MaxMessageBytes"/>),
/// one message out at a time, and the closing handshake. <see cref="Closed"/> is cancelled once either
/// side has closed or the client has gone.
/// </summary>
internal sealed class SocketChannel(HttpContext http, WebSocket socket)
{
    /// <summary>The largest client message accepted, in UTF-8 bytes; a larger one closes the socket with 4400.</summary>
    public const int MaxMessageBytes = 256 * 1024;

    private readonly SemaphoreSlim sendGate = new(1, 1);
    private readonly CancellationTokenSource closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);

    /// <summary>Cancelled when the socket has closed (by either side) or the client went away.</summary>
    public CancellationToken Closed => closed.Token;

    public bool IsClosed => closed.IsCancellationRequested;

    /// <summary>Marks the socket closed, ending what runs on it.</summary>
    public Task EndAsync() => closed.CancelAsync();

    /// <summary>The next text message; null when the client closed the socket, or sent what closes it (binary, too large).</summary>
    public async Task<string?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), http.RequestAborted);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // The client closed first (1000 when it is done): answer its close to complete the handshake.
                if (socket.State == WebSocketState.CloseReceived)
                    await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "");
                return null;
            }
            buffer.Advance(result.Count);
            if (result.MessageType == WebSocketMessageType.Binary || buffer.WrittenCount > MaxMessageBytes)
            {
                await CloseAsync(CloseCodes.BadRequest, result.MessageType == WebSocketMessageType.Binary ? "Messages are text." : "The message is too large.");
                return null;
            }
            if (result.EndOfMessage)
                return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }

    /// <summary>Sends one message; <paramref name="payload"/> is JSON text or null. Nothing is sent once the socket is closing.</summary>
    public async Task SendAsync(string type, string? id, string? payload)
    {
        var message = new ArrayBufferWriter<byte>();
        await using (var json = new Utf8JsonWriter(message))
        {
            json.WriteStartObject();
            if (id is not null)
                json.WriteString("id", id);
            json.WriteString("type", type);
            if (payload is not null)
            {
                json.WritePropertyName("payload");
                json.WriteRawValue(payload, skipInputValidation: true);
            }
            json.WriteEndObject();
        }
        await sendGate.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.SendAsync(message.WrittenMemory, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sendGate.Release();
        }
    }

    /// <summary>Closes with <paramref name="code"/>; a client that never answers the close is cut off after 5 seconds.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        await sendGate.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, Reason(reason), CancellationToken.None);
        }
        finally
        {
            sendGate.Release();
            await closed.CancelAsync();
        }
        _ = Task.Delay(TimeSpan.FromSeconds(5), http.RequestAborted).ContinueWith(_ => socket.Abort(), TaskScheduler.Default);
    }

    /// <summary>A close reason is at most 123 bytes (RFC 6455 §5.5).</summary>
    public static string Reason(string text) => Encoding.UTF8.GetByteCount(text) <= 123 ? text : text[..Math.Min(text.Length, 100)] + "…";
}
