namespace Hub.Client;

/// <summary>Runs generated operations against the hub (GraphQL over HTTP). Registered by <c>AddHubClient</c>.</summary>
public interface IHubClient
{
    /// <summary>
    /// Sends <paramref name="operation"/> and reads its result. GraphQL errors come back in the result,
    /// as do a mutation's typed payload errors (in its data); only cancellation and a network that
    /// stays down after the allowed retries throw.
    /// </summary>
    Task<HubResult<TData>> ExecuteAsync<TData>(IHubOperation<TData> operation, CancellationToken cancellationToken = default)
        where TData : class;

    /// <summary>
    /// Follows <paramref name="subscription"/> over a WebSocket (graphql-transport-ws, the bearer token in
    /// connection_init): each event's result, in order, until cancelled or the hub completes it. When the
    /// socket drops, the client connects again (with a fresh token) and, for a subscription that selects
    /// its <c>position</c> and takes <c>$after</c>, resumes after the last event it yielded, so nothing is
    /// missed or repeated. A refused subscription yields one result holding the errors and ends.
    /// </summary>
    /// <exception cref="HubClientException">The socket kept failing after the allowed reconnections, or the hub closed it for good (a protocol close code).</exception>
    IAsyncEnumerable<HubResult<TData>> SubscribeAsync<TData>(IHubSubscription<TData> subscription, CancellationToken cancellationToken = default)
        where TData : class;
}
