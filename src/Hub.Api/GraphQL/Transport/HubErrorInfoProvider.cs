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

    public override ErrorInfo GetInfo(ExecutionError executionError) =>
        development || executionError is not UnhandledError
            ? base.GetInfo(executionError)
            : new ErrorInfo { Message = "Internal error", Extensions = new Dictionary<string, object?> { ["code"] = InternalErrorCode } };
}
