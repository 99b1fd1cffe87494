namespace Hub.Client;

/// <summary>
/// The outcome of one operation: the typed data (with the typed payload errors of mutations inside
/// it) and, apart, the GraphQL errors. A GraphQL error beside data concerns one field (e.g. one the
/// caller may not read); without data, the whole request was refused.
/// </summary>
/// <typeparam name="TData">The operation's result record.</typeparam>
/// <param name="Data">The data, or null when the request was refused or failed as a whole.</param>
/// <param name="Errors">The GraphQL errors, empty when there were none.</param>
/// <param name="StatusCode">The HTTP status of the last attempt (200 on success).</param>
public sealed record HubResult<TData>(TData? Data, IReadOnlyList<GraphQLError> Errors, int StatusCode)
    where TData : class
{
    /// <summary>Data and no GraphQL error.</summary>
    public bool IsSuccess => Data is not null && Errors.Count == 0;

    /// <summary>The data; throws <see cref="HubClientException"/> naming the errors when there is none.</summary>
    public TData EnsureData() => Data ?? throw new HubClientException(Errors);
}
