using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// What a GraphQL error tells the client, in every environment alike: never an exception's details. An unhandled exception (a
/// bug, a database failure) becomes a bare "Internal error" with the request's trace id (<c>extensions.traceId</c>): its message,
/// type name, data and stack trace can carry SQL, personal data or internals, so they go to the log only
/// (<see cref="GraphQLHttpHandler"/>), under the same trace id. Errors raised on purpose (<see cref="HubErrors"/>, parse and
/// validation errors) keep their message and code; a value the input rules refuse (<see cref="InputRules.InvalidInputException"/>)
/// says why, with code BAD_USER_INPUT.
/// </summary>
internal sealed class HubErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    public const string InternalErrorCode = "INTERNAL_ERROR";

    /// <summary>The trace id of the request being answered, as the log records it; null outside a traced request.</summary>
    public static string? TraceId => Activity.Current?.TraceId.ToHexString();

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError)
            return new ErrorInfo { Message = "Internal error", Extensions = new Dictionary<string, object?> { ["code"] = InternalErrorCode, ["traceId"] = TraceId } };
        var info = base.GetInfo(executionError);
        if (Reason(executionError) is { } reason)
        {
            info.Message = $"{Subject(executionError.Message)} {reason}";
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["code"] = HubErrors.BadUserInput;
            info.Extensions.Remove("codes");
        }
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
