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
}
