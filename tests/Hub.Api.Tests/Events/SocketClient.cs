using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Events;

/// <summary>A raw graphql-transport-ws client for conformance tests: sends messages as given, reads messages or the close.</summary>
public sealed class SocketClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly ClientWebSocket socket = new();

    private SocketClient()
    {
    }

    /// <summary>Why the server closed the socket, once it has.</summary>
    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public string? CloseReason => socket.CloseStatusDescription;

    public static async Task<SocketClient> ConnectAsync(Uri uri, string? subprotocol = "graphql-transport-ws")
    {
        var client = new SocketClient();
        if (subprotocol is not null)
            client.socket.Options.AddSubProtocol(subprotocol);
        await client.socket.ConnectAsync(uri, CancellationToken.None);
        return client;
    }

    /// <summary>Connects and completes connection_init with <paramref name="token"/>.</summary>
    public static async Task<SocketClient> AcknowledgedAsync(Uri uri, string token)
    {
        var client = await ConnectAsync(uri);
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())!.Value.At("type").GetString());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message; null when the server closed the socket instead (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage)
                return JsonDocument.Parse(text.ToString()).RootElement.Clone();
        }
    }

    /// <summary>Reads until the server closes the socket; the close code.</summary>
    public async Task<int> ClosedAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return (int)socket.CloseStatus!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        socket.Dispose();
    }
}
