using GraphQL;

namespace Hub.Api.GraphQL;

/// <summary>GraphQL errors for malformed requests, each with a stable <c>extensions.code</c>.</summary>
public static class HubErrors
{
    /// <summary>The code of a request whose values are wrong (an argument, a variable, an input field).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The code of an id that is not a global id, or not of the type expected.</summary>
    public const string InvalidIdCode = "INVALID_ID";

    /// <summary>The code of a cursor or change position the hub did not make for this list.</summary>
    public const string InvalidCursorCode = "INVALID_CURSOR";

    public static ExecutionError BadInput(string message) => new(message) { Code = BadUserInput };

    /// <summary>
    /// The one refusal of an id that is not a global id, or not one of <paramref name="typeName"/> when a
    /// type is expected: a malformed request, so a GraphQL error rather than a payload's NotFoundError.
    /// </summary>
    public static ExecutionError InvalidId(string? id, string? typeName = null) =>
        new($"'{id}' is not {(typeName is null ? "a global id" : $"the id of a {typeName}")}: send an id as the API returned it.") { Code = InvalidIdCode };
}
