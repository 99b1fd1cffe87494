using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Hub.Client;

/// <summary>
/// Follows one subscription across connections: when the socket drops (network, hub restart, expired
/// token) it connects again with a fresh token and resubscribes after the last position it yielded, so
/// the caller sees every event once, in order. Close codes meaning the request itself is wrong end it.
/// </summary>
internal sealed class SubscriptionStream<TData>(IAccessTokenProvider tokens, HubClientOptions options)
    where TData : class
{
    // graphql-transport-ws codes for a client's mistake: connecting again would repeat it.
    private static readonly int[] Final = [4400, 4401, 4406, 4409, 4429];

    public async IAsyncEnumerable<HubResult<TData>> FollowAsync(IHubSubscription<TData> subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var uri = options.SocketEndpoint ?? SocketUri(options.Endpoint!);
        var (current, delivered, failures) = (subscription, false, 0);
        while (true)
        {
            var (session, acknowledged) = await SocketSession.OpenAsync(uri, await tokens.GetAccessTokenAsync(cancellationToken), cancellationToken);
            int? closeCode = session?.CloseCode;
            if (session is not null)
            {
                await using (session)
                {
                    if (acknowledged)
                    {
                        // An acknowledged connection is not a failure: a socket closed later (an expired token) reconnects at once.
                        failures = 0;
                        await session.SubscribeAsync("1", current, options.SendDocumentIdOnly, cancellationToken);
                        while (await session.NextAsync(cancellationToken) is { } message)
                        {
                            using (message)
                            {
                                var payload = HubJson.Field(message.RootElement, "payload");
                                switch (SocketSession.Type(message))
                                {
                                    case "next":
                                        var result = HubResponse.Read(current, payload, 200);
                                        if (result.Data is { } data && current.PositionOf(data) is { } position)
                                            current = subscription.ResumeAfter(position) ?? current;
                                        delivered = true;
                                        yield return result;
                                        break;
                                    case "error":
                                        yield return new HubResult<TData>(null, payload.ValueKind == JsonValueKind.Array ? HubJson.List(payload, HubResponse.Error) : [], 200);
                                        yield break;
                                    case "complete":
                                        yield break;
                                }
                            }
                        }
                    }
                    closeCode = session.CloseCode;
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (closeCode is { } code && Final.Contains(code))
                throw Failure($"The hub closed the subscription's socket with {code}, a refusal connecting again would repeat.", "SOCKET_CLOSED");
            if (++failures > options.MaxRetries)
                throw Failure($"The subscription's socket could not be opened {failures} times in a row (last close code: {closeCode?.ToString() ?? "none"}).", "SOCKET_FAILED");
            if (delivered && ReferenceEquals(current, subscription))
                throw Failure($"The socket dropped and {subscription.Document.Name} cannot resume: select the field's position and declare $after: String to follow it across reconnections.", "CANNOT_RESUME");
            await Task.Delay(options.RetryDelay * Math.Pow(2, failures - 1), cancellationToken);
        }
    }

    /// <summary>The GraphQL endpoint with the WebSocket scheme (<c>http</c> → <c>ws</c>, <c>https</c> → <c>wss</c>).</summary>
    private static Uri SocketUri(Uri endpoint) =>
        new UriBuilder(endpoint) { Scheme = endpoint.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;

    private static HubClientException Failure(string message, string code) => new([new GraphQLError(message, code, [])]);
}
