using GraphQL;

namespace Hub.Api.GraphQL;

/// <summary>GraphQL errors for malformed requests, each with a stable <c>extensions.code</c>.</summary>
public static class HubErrors
{
    public static ExecutionError BadInput(string message) => new(message) { Code = "BAD_USER_INPUT" };

    public static ExecutionError InvalidId(string id) => new($"'{id}' is not a valid global id.") { Code = "INVALID_ID" };
}
