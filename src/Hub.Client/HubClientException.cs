namespace Hub.Client;

/// <summary>Thrown by <see cref="HubResult{TData}.EnsureData"/> when a request brought no data; carries its GraphQL errors.</summary>
public sealed class HubClientException(IReadOnlyList<GraphQLError> errors)
    : Exception(errors.Count == 0 ? "The hub returned no data." : string.Join("; ", errors))
{
    /// <summary>The GraphQL errors of the response.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
