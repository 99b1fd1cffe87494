namespace Hub.Client;

/// <summary>How <see cref="IHubClient"/> reaches the hub.</summary>
public sealed class HubClientOptions
{
    /// <summary>The GraphQL endpoint, e.g. <c>https://hub.example/graphql</c>. Required.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The WebSocket endpoint of subscriptions; null (default): <see cref="Endpoint"/> with <c>ws</c>/<c>wss</c> for <c>http</c>/<c>https</c>.</summary>
    public Uri? SocketEndpoint { get; set; }

    /// <summary>A fixed bearer token, used when no <see cref="IAccessTokenProvider"/> is registered.</summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// Send only the trusted-document id (<c>documentId: "sha256:…"</c>), not the document: for a hub
    /// that holds this client's manifest (<c>Hub:GraphQL:TrustedDocuments</c>). Default false.
    /// </summary>
    public bool SendDocumentIdOnly { get; set; }

    /// <summary>
    /// Further attempts after a failed one, for operations safe to repeat (default 2; 0 turns retries off);
    /// for a subscription, failed attempts in a row to open its socket.
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The wait before the first retry, doubled for each next one, unless the hub says <c>Retry-After</c> (default 200 ms).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
