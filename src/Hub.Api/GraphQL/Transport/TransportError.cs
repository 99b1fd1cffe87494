using GraphQL;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// A request the transport refuses before GraphQL sees it: the HTTP status, and the message and
/// <c>extensions.code</c> of the one GraphQL error in the body.
/// </summary>
internal sealed record TransportError(int Status, string Message, string Code)
{
    /// <summary>The <c>Allow</c> header of a 405: the methods that would have worked.</summary>
    public string? Allow { get; init; }

    /// <summary>The <c>Retry-After</c> header of a 429 or 503, in whole seconds: when trying again makes sense.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The <c>WWW-Authenticate</c> header of a 401: how to authenticate (RFC 6750).</summary>
    public string? WwwAuthenticate { get; init; }


    public static TransportError InvalidRequest(string message) => new(StatusCodes.Status400BadRequest, message, "INVALID_REQUEST");

    public static TransportError InvalidJson(string detail) =>
        new(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {detail}", "INVALID_JSON");

    public static TransportError UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, message, "UNSUPPORTED_MEDIA_TYPE");

    public static TransportError NotAcceptable { get; } = new(StatusCodes.Status406NotAcceptable,
        $"The response can only be {MediaTypeNegotiation.GraphQLResponseJson} or {MediaTypeNegotiation.Json}; the Accept header allows neither.",
        "NOT_ACCEPTABLE");

    public static TransportError BodyTooLarge(long limit) => new(StatusCodes.Status413PayloadTooLarge,
        $"The request body is larger than the limit of {limit} bytes.", "REQUEST_TOO_LARGE");

    public static TransportError QueryStringTooLong(int limit) => new(StatusCodes.Status414UriTooLong,
        $"The query string is longer than the limit of {limit} characters; send the request with POST.", "QUERY_STRING_TOO_LONG");

    public static TransportError MutationOverGet(string operationType) => new(StatusCodes.Status405MethodNotAllowed,
        $"GET runs queries only, so that it stays safe to repeat and cache; send a {operationType} with POST.", "METHOD_NOT_ALLOWED")
    { Allow = HttpMethods.Post };

    public static TransportError ExecutionTimeout(TimeSpan limit) => new(StatusCodes.Status504GatewayTimeout,
        $"The request ran longer than the limit of {limit.TotalSeconds:0.###} s and was stopped; ask for less (smaller pages, fewer nested lists), "
        + "or retry later if the database was slow to answer.",
        "EXECUTION_TIMEOUT");

    public static TransportError RateLimited(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return new(StatusCodes.Status429TooManyRequests,
            $"Too many requests from this caller or organisation; retry after {seconds} s, and send fewer requests at once.", "RATE_LIMITED")
        { RetryAfterSeconds = seconds };
    }

    public static TransportError ResponseTooLarge(int limit) => new(StatusCodes.Status400BadRequest,
        $"The response would be larger than the limit of {limit} bytes; ask for less (smaller pages, fewer fields).", "RESPONSE_TOO_LARGE");

    /// <summary>
    /// The database cannot be reached (down, restarting, stalled), found by this request or known from
    /// an earlier one (<see cref="Health.DatabaseCircuit"/>); the request did nothing it could be blamed for.
    /// </summary>
    public static TransportError DatabaseUnavailable { get; } = new(StatusCodes.Status503ServiceUnavailable,
        "The database is unavailable for the moment; retry after the delay in Retry-After. A write sent with an idempotency key can be resent with the same key: it is done once.",
        "DATABASE_UNAVAILABLE")
    { RetryAfterSeconds = 2 };

    /// <summary>The hub is working at its limit and the request waited its time (<see cref="WorkLimit"/>); it did nothing yet.</summary>
    public static TransportError Overloaded { get; } = new(StatusCodes.Status503ServiceUnavailable,
        "The hub is busy with other requests; retry after the delay in Retry-After. Nothing of this request was done.", "OVERLOADED")
    { RetryAfterSeconds = 1 };

    public static TransportError Unauthenticated(string? reason) => reason is null
        ? new(StatusCodes.Status401Unauthorized, "Authentication required: send a bearer token (Authorization: Bearer <token>).", "UNAUTHENTICATED")
        { WwwAuthenticate = "Bearer realm=\"hub\"" }
        : new(StatusCodes.Status401Unauthorized, $"The bearer token was refused: {reason}.", "UNAUTHENTICATED")
        { WwwAuthenticate = $"Bearer realm=\"hub\", error=\"invalid_token\", error_description=\"{reason}\"" };

    /// <summary>A valid token whose claims describe no caller the hub can serve.</summary>
    public static TransportError Forbidden(string message) => new(StatusCodes.Status403Forbidden, message, "FORBIDDEN");

    /// <summary>The GraphQL response: errors only, no <c>data</c> entry, since nothing was executed.</summary>
    public ExecutionResult ToResult() => new() { Errors = [new ExecutionError(Message) { Code = Code }] };
}
