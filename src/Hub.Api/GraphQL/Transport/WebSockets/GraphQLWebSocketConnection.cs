using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Hub.Api.Access;
using Hub.Api.Events;
using Hub.Domain.Access;
using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// One socket speaking graphql-transport-ws: connection_init (with the bearer token in its payload)
/// within the allowed time, then subscribe/next/error/complete and ping/pong, closing with the
/// protocol's codes. The socket's caller is bound once, at init; the socket closes with 4403 when the
/// token expires.
/// </summary>
internal sealed class GraphQLWebSocketConnection(HttpContext http, WebSocket socket, SocketOperations operations, OutboxDispatcher dispatcher,
    EventsOptions options, IGraphQLTextSerializer serializer, ILogger logger)
{
    private const int MaxMessageBytes = 256 * 1024;

    private readonly SemaphoreSlim sendGate = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> running = new();
    private readonly CancellationTokenSource closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private bool initReceived;
    private Caller? caller;

    public async Task RunAsync(bool subprotocolOffered)
    {
        if (!subprotocolOffered)
        {
            await CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable: use graphql-transport-ws");
            return;
        }
        _ = CloseUnlessAcknowledgedAsync();
        try
        {
            // Read until the client's close: after the hub has closed, the client's answer ends the loop, and what comes before it is ignored.
            while (await ReceiveAsync() is { } text)
                if (!closed.IsCancellationRequested)
                    await HandleAsync(text);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away: nothing left to answer.
            logger.LogDebug(e, "The socket ended.");
        }
        finally
        {
            await closed.CancelAsync();
            foreach (var subscription in running.Values)
                await subscription.CancelAsync();
        }
    }

    private async Task HandleAsync(string text)
    {
        var (message, invalid) = SocketMessage.Parse(text);
        switch (message?.Type)
        {
            case null:
                await CloseAsync(CloseCodes.BadRequest, invalid!);
                break;
            case "connection_init":
                await InitAsync(message.Payload);
                break;
            case "ping":
                await SendAsync("pong", null, null);
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(message);
                break;
            case "complete" when message.Id is not null:
                if (running.TryRemove(message.Id, out var subscription))
                    await subscription.CancelAsync();
                break;
            default:
                await CloseAsync(CloseCodes.BadRequest, $"Invalid message: '{message.Type}' is not a client message of graphql-transport-ws, or lacks its id.");
                break;
        }
    }

    private async Task InitAsync(JsonElement? payload)
    {
        if (initReceived)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        initReceived = true;
        if (payload is { ValueKind: not JsonValueKind.Object })
        {
            await CloseAsync(CloseCodes.BadRequest, "connection_init's payload is an object.");
            return;
        }
        var authorization = payload is { } p && p.TryGetProperty("Authorization", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : "";
        if (await RequestAuthentication.AuthenticateSocketAsync(http, authorization, closed.Token) is { } refusal)
        {
            await CloseAsync(CloseCodes.Forbidden, $"Forbidden: {Reason(refusal.Message)}");
            return;
        }
        caller = http.RequestServices.GetRequiredService<RequestAccess>().Scope.Caller;
        await SendAsync("connection_ack", null, null);
        _ = CloseAtExpiryAsync();
    }

    private async Task SubscribeAsync(SocketMessage message)
    {
        if (caller is null)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        if (message.Id is not { Length: > 0 } id || message.Payload is not { ValueKind: JsonValueKind.Object } payload
            || !payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            await CloseAsync(CloseCodes.BadRequest, "subscribe needs an id and a payload with a string query.");
            return;
        }
        var subscription = CancellationTokenSource.CreateLinkedTokenSource(closed.Token);
        if (!running.TryAdd(id, subscription))
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        var request = serializer.Deserialize<GraphQLRequest>(payload.GetRawText())!;
        _ = RunOperationAsync(id, request, subscription);
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource subscription)
    {
        var ct = subscription.Token;
        try
        {
            var started = running.Count > options.MaxSubscriptionsPerSocket
                ? new SocketOperations.Started(new ExecutionResult { Errors = [HubErrors.BadInput($"A socket holds at most {options.MaxSubscriptionsPerSocket} operations at once.")] }, null, null)
                : await operations.StartAsync(http.User, caller!, request, ct);
            if (started.Refused is { } refused)
                await SendAsync("error", id, Errors(refused));
            else if (started.Single is { } single)
            {
                await SendAsync("next", id, serializer.Serialize(single));
                await SendAsync("complete", id, null);
            }
            else
                await FollowAsync(id, started.Stream!, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Completed by the client, or the socket closed.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Subscription {Id} failed.", id);
            await SendAsync("error", id, Errors(new ExecutionResult { Errors = [new ExecutionError("The subscription failed on the server.") { Code = "INTERNAL_ERROR" }] }));
        }
        finally
        {
            running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, subscription));
            subscription.Dispose();
        }
    }

    private async Task FollowAsync(string id, SocketOperations.FollowedStream stream, CancellationToken ct)
    {
        await foreach (var e in dispatcher.ReadAsync(stream.After, ct))
        {
            for (var delivered = false; !delivered;)
            {
                try
                {
                    if (await operations.DeliverAsync(http.User, caller!, stream, e, ct) is { } result)
                        await SendAsync("next", id, serializer.Serialize(result));
                    delivered = true;
                }
                catch (Exception failure) when (DatabaseFailure.IsUnavailable(failure))
                {
                    // The event stays next in line: the subscriber gets it, in order, once the database is back.
                    await Task.Delay(TimeSpan.FromMilliseconds(options.PollMilliseconds), ct);
                }
            }
        }
    }

    private async Task CloseUnlessAcknowledgedAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(options.ConnectionInitTimeoutSeconds), closed.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        if (!initReceived && !closed.IsCancellationRequested)
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    private async Task CloseAtExpiryAsync()
    {
        if (!long.TryParse(http.User.FindFirst("exp")?.Value, out var exp))
            return;
        var left = DateTimeOffset.FromUnixTimeSeconds(exp) - DateTimeOffset.UtcNow;
        await Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, closed.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        if (!closed.IsCancellationRequested)
            await CloseAsync(CloseCodes.Forbidden, "Forbidden: the token has expired; connect again with a new one");
    }

    private async Task<string?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), http.RequestAborted);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // The client closed first (1000 when it is done): answer its close to complete the handshake.
                if (socket.State == WebSocketState.CloseReceived)
                    await CloseAsync(WebSocketCloseStatus.NormalClosure, "");
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

    /// <summary>Sends one message; <paramref name="payload"/> is JSON text or null.</summary>
    private async Task SendAsync(string type, string? id, string? payload)
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

    private Task CloseAsync(WebSocketCloseStatus status, string reason) => CloseAsync((int)status, reason);

    private async Task CloseAsync(int code, string reason)
    {
        await sendGate.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                // A close reason is at most 123 bytes (RFC 6455 §5.5).
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, Reason(reason), CancellationToken.None);
        }
        finally
        {
            sendGate.Release();
            await closed.CancelAsync();
        }
        // A client that never answers the close is cut off.
        _ = Task.Delay(TimeSpan.FromSeconds(5), http.RequestAborted).ContinueWith(_ => socket.Abort(), TaskScheduler.Default);
    }

    private string Errors(ExecutionResult result) => JsonDocument.Parse(serializer.Serialize(result)).RootElement.GetProperty("errors").GetRawText();

    private static string Reason(string text) => Encoding.UTF8.GetByteCount(text) <= 123 ? text : text[..Math.Min(text.Length, 100)] + "…";
}
