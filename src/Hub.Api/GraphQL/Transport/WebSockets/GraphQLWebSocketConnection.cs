using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL;
using Hub.Api.Access;
using Hub.Api.Events;
using Hub.Domain.Access;
using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// One socket speaking graphql-transport-ws: connection_init (with the bearer token in its payload)
/// within the allowed time, then subscribe/next/error/complete and ping/pong, closing with the
/// protocol's codes. The socket's caller is bound once, at init; the socket closes with 4403 when the
/// token expires. What one subject holds open is capped (<see cref="SocketQuota"/>).
/// </summary>
internal sealed class GraphQLWebSocketConnection(HttpContext http, SocketChannel channel, SocketOperations operations, OutboxDispatcher dispatcher,
    SocketQuota quota, EventsOptions options, IGraphQLTextSerializer serializer, ILogger logger)
{
    private readonly GraphQLRequestParameters parameters = new(serializer);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> running = new();
    private bool initReceived;
    private Caller? caller;
    private IDisposable? socketHold;

    public async Task RunAsync(bool subprotocolOffered)
    {
        if (!subprotocolOffered)
        {
            await channel.CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable: use graphql-transport-ws");
            return;
        }
        _ = CloseUnlessAcknowledgedAsync();
        try
        {
            // Read until the client's close: after the hub has closed, the client's answer ends the loop, and what comes before it is ignored.
            while (await channel.ReceiveAsync() is { } text)
                if (!channel.IsClosed)
                    await HandleAsync(text);
        }
        catch (Exception e) when (e is OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // The client went away: nothing left to answer.
            logger.LogDebug(e, "The socket ended.");
        }
        finally
        {
            await channel.EndAsync();
            foreach (var subscription in running.Values)
                await subscription.CancelAsync();
            socketHold?.Dispose();
        }
    }

    private async Task HandleAsync(string text)
    {
        var (message, invalid) = SocketMessage.Parse(text);
        switch (message?.Type)
        {
            case null:
                await channel.CloseAsync(CloseCodes.BadRequest, invalid!);
                break;
            case "connection_init":
                await InitAsync(message.Payload);
                break;
            case "ping":
                await channel.SendAsync("pong", null, null);
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
                await channel.CloseAsync(CloseCodes.BadRequest, $"Invalid message: '{message.Type}' is not a client message of graphql-transport-ws, or lacks its id.");
                break;
        }
    }

    private async Task InitAsync(JsonElement? payload)
    {
        if (initReceived)
        {
            await channel.CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        initReceived = true;
        if (payload is { ValueKind: not JsonValueKind.Object })
        {
            await channel.CloseAsync(CloseCodes.BadRequest, "connection_init's payload is an object.");
            return;
        }
        if (AuthorizationOf(payload) is not { } authorization)
        {
            await channel.CloseAsync(CloseCodes.BadRequest, "connection_init's payload names Authorization more than once.");
            return;
        }
        if (await RequestAuthentication.AuthenticateSocketAsync(http, authorization, channel.Closed) is { } refusal)
        {
            await channel.CloseAsync(CloseCodes.Forbidden, $"Forbidden: {refusal.Message}");
            return;
        }
        var bound = http.RequestServices.GetRequiredService<RequestAccess>().Scope.Caller;
        // Refusing the connection is what the protocol's 4403 is for; 4429 means a second connection_init only.
        if ((socketHold = quota.TryOpenSocket(bound.Subject)) is null)
        {
            await channel.CloseAsync(CloseCodes.Forbidden, $"Forbidden: '{bound.Subject}' holds {options.MaxSocketsPerSubject} sockets already; close one");
            return;
        }
        caller = bound;
        await channel.SendAsync("connection_ack", null, null);
        _ = CloseAtExpiryAsync();
    }

    /// <summary>
    /// The payload's <c>Authorization</c> string, its key matched ignoring case: it carries an HTTP header, whose
    /// names are case-insensitive (RFC 9110 §5.1), and clients that copy their headers through the Fetch API's
    /// <c>Headers</c> send it lower-cased (Banana Cake Pop sends <c>{"authorization": …}</c>). "" when absent or not
    /// a string; null when two keys differ only in case, since the hub would have to pick one of two tokens.
    /// </summary>
    private static string? AuthorizationOf(JsonElement? payload)
    {
        if (payload is not { } p)
            return "";
        var values = p.EnumerateObject().Where(property => property.Name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).ToList();
        return values switch
        {
            [] => "",
            [var one] => one.Value.ValueKind == JsonValueKind.String ? one.Value.GetString()! : "",
            _ => null,
        };
    }

    private async Task SubscribeAsync(SocketMessage message)
    {
        if (caller is null)
        {
            await channel.CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        if (message.Id is not { Length: > 0 } id || message.Payload is not { ValueKind: JsonValueKind.Object } payload
            || !(IsString(payload, "query") || IsString(payload, "documentId")))
        {
            await channel.CloseAsync(CloseCodes.BadRequest, "subscribe needs an id and a payload with a string query (or documentId).");
            return;
        }
        var subscription = CancellationTokenSource.CreateLinkedTokenSource(channel.Closed);
        if (!running.TryAdd(id, subscription))
        {
            await channel.CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        // The payload has the parameters of a GraphQL-over-HTTP body: query or documentId, operationName, variables, extensions.
        _ = RunOperationAsync(id, parameters.FromBody(payload), subscription);
    }

    private async Task RunOperationAsync(string id, RequestReadResult read, CancellationTokenSource subscription)
    {
        var ct = subscription.Token;
        var hold = quota.TryStartSubscription(caller!.Subject);
        try
        {
            var started = read.Error is { } unreadable ? new SocketOperations.Started(unreadable.ToResult(), null, null)
                : running.Count > options.MaxSubscriptionsPerSocket ? Refused($"A socket holds at most {options.MaxSubscriptionsPerSocket} subscriptions at once.")
                : hold is null ? Refused($"'{caller.Subject}' holds {options.MaxSubscriptionsPerSubject} subscriptions already; complete one first.")
                : await operations.StartAsync(http.User, caller, read.Request!, ct);
            if (started.Refused is { } refused)
                await channel.SendAsync("error", id, Errors(refused));
            else if (started.Single is { } single)
            {
                await channel.SendAsync("next", id, serializer.Serialize(single));
                await channel.SendAsync("complete", id, null);
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
            await channel.SendAsync("error", id, Errors(new ExecutionResult { Errors = [new ExecutionError("The subscription failed on the server.") { Code = "INTERNAL_ERROR" }] }));
        }
        finally
        {
            hold?.Dispose();
            running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, subscription));
            subscription.Dispose();
        }
    }

    private static bool IsString(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String;

    private static SocketOperations.Started Refused(string message) =>
        new(new ExecutionResult { Errors = [HubErrors.BadInput(message)] }, null, null);

    private async Task FollowAsync(string id, SocketOperations.FollowedStream stream, CancellationToken ct)
    {
        await foreach (var e in dispatcher.ReadAsync(stream.After, ct))
        {
            for (var delivered = false; !delivered;)
            {
                try
                {
                    if (await operations.DeliverAsync(http.User, caller!, stream, e, ct) is { } result)
                        await channel.SendAsync("next", id, serializer.Serialize(result));
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
        await Task.Delay(TimeSpan.FromSeconds(options.ConnectionInitTimeoutSeconds), channel.Closed).ContinueWith(_ => { }, TaskScheduler.Default);
        if (!initReceived && !channel.IsClosed)
            await channel.CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    private async Task CloseAtExpiryAsync()
    {
        if (!long.TryParse(http.User.FindFirst("exp")?.Value, out var exp))
            return;
        var left = DateTimeOffset.FromUnixTimeSeconds(exp) - DateTimeOffset.UtcNow;
        await Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, channel.Closed).ContinueWith(_ => { }, TaskScheduler.Default);
        if (!channel.IsClosed)
            await channel.CloseAsync(CloseCodes.Forbidden, "Forbidden: the token has expired; connect again with a new one");
    }

    private string Errors(ExecutionResult result) => JsonDocument.Parse(serializer.Serialize(result)).RootElement.GetProperty("errors").GetRawText();
}
