using GraphQL;
using GraphQL.Execution;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// What a GraphQL error tells the client. In Development, everything, stack traces included, to
/// debug with. Elsewhere an unhandled exception (a bug, a database failure) becomes a bare
/// "Internal error": its message, type name and data can carry SQL, personal data or internals.
/// The exception itself goes to the log (<see cref="GraphQLHttpHandler"/>). Errors raised on
/// purpose (<see cref="HubErrors"/>, parse and validation errors) keep their message and code.
/// </summary>
internal sealed class HubErrorInfoProvider(bool development)
    : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = development })
{
    public const string InternalErrorCode = "INTERNAL_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (!development && executionError is UnhandledError)
            return new ErrorInfo { Message = "Internal error", Extensions = new Dictionary<string, object?> { ["code"] = InternalErrorCode } };
        var info = base.GetInfo(executionError);
        if (Reason(executionError) is { } reason)
            info.Message = $"{Subject(executionError.Message)} {reason}";
        return info;
    }

    // GraphQL.NET says which argument or variable is wrong, then echoes the value (95 KB of it,
    // perhaps) and not why: keep the first sentence and say why (InputRules).
    private static string? Reason(Exception error)
    {
        for (var e = error.InnerException; e is not null; e = e.InnerException)
        {
            if (e is InputRules.InvalidInputException)
                return e.Message;
        }
        return null;
    }

    private static string Subject(string message) =>
        message.IndexOf(". ", StringComparison.Ordinal) is var end and >= 0 ? message[..(end + 1)] : message;
}
