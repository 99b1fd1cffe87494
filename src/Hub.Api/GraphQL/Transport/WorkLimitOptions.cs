namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The <c>Hub:WorkLimit</c> configuration section: how many requests to <c>/graphql</c> the hub works on at once, whoever sends
/// them (<see cref="WorkLimit"/>). The rate limits (<see cref="RateLimitOptions"/>) share the hub between callers; this bounds the
/// whole, so that under more load than the machine can serve, requests wait in a short queue instead of all slowing down together.
/// </summary>
public sealed class WorkLimitOptions
{
    public const string Section = "Hub:WorkLimit";

    /// <summary>
    /// Requests executing at once: 4 per processor core by default (8 on 2 cores), enough to keep the cores and the database busy
    /// while others wait on I/O. Each holds up to two database connections (its own and the audit's), so Npgsql's pool
    /// (Maximum Pool Size, 100 by default) must hold twice this.
    /// </summary>
    public int ConcurrentRequests { get; set; } = 4 * Environment.ProcessorCount;

    /// <summary>Requests waiting for one of those places, oldest first; one more is refused at once.</summary>
    public int QueueLength { get; set; } = 64 * Environment.ProcessorCount;

    /// <summary>
    /// How long a request may wait in the queue before it is refused: a client that waits longer has likely given up, and
    /// the page it asked for would be computed for no one.
    /// </summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
