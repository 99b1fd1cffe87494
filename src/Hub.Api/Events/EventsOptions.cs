namespace Hub.Api.Events;

/// <summary><c>Hub:Events</c>: how events travel between nodes, how long the outbox keeps them, the WebSocket handshake's patience.</summary>
public sealed class EventsOptions
{
    public const string Section = "Hub:Events";

    /// <summary>
    /// A StackExchange.Redis configuration string (e.g. <c>127.0.0.1:6379</c>); when set, each node
    /// announces new outbox positions on Redis so the others wake at once. Null: in-process only.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Days the outbox keeps an event (default 30); older ones are deleted by a background job.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>
    /// How often a node reads the outbox without being told of a commit: the catch-up path for a missed
    /// Redis message or a commit on a node without Redis. Milliseconds.
    /// </summary>
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>How long a WebSocket may wait before sending <c>connection_init</c> (graphql-transport-ws), in seconds.</summary>
    public int ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary>Subscriptions one socket may hold at once (default 50); a subscribe beyond it gets an <c>error</c> message.</summary>
    public int MaxSubscriptionsPerSocket { get; set; } = 50;

    /// <summary>
    /// Sockets one subject (a token's <c>sub</c>) may hold open on one node (default 20); a connection_init
    /// beyond it is refused with 4403, the code graphql-transport-ws recommends for rejecting a connection.
    /// </summary>
    public int MaxSocketsPerSubject { get; set; } = 20;

    /// <summary>Subscriptions one subject may hold on one node across its sockets (default 200); a subscribe beyond it gets an <c>error</c> message.</summary>
    public int MaxSubscriptionsPerSubject { get; set; } = 200;
}
