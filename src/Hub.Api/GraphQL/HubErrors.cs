using GraphQL;

namespace Hub.Api.GraphQL;

/// <summary>GraphQL errors for malformed requests, each with a stable <c>extensions.code</c>.</summary>
public static class HubErrors
{
    public static ExecutionError BadInput(string message) => new(message) { Code = "BAD_USER_INPUT" };

    /// <summary>
    /// The one refusal of an id that is not a global id, or not one of <paramref name="typeName"/> when a
    /// type is expected: a malformed request, so a GraphQL error rather than a payload's NotFoundError.
    /// </summary>
    public static ExecutionError InvalidId(string? id, string? typeName = null) =>
        new($"'{id}' is not {(typeName is null ? "a global id" : $"the id of a {typeName}")}: send an id as the API returned it.") { Code = "INVALID_ID" };
}
