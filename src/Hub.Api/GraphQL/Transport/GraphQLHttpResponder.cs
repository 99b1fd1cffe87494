using GraphQL;
using GraphQL.Execution;
using Hub.Api.GraphQL.Filtering;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Writes a GraphQL response: the status code the spec gives it for the chosen media type, the
/// Content-Type, the UTF-8 JSON body, at most <see cref="GraphQLOptions.MaxResponseBytes"/> of it.
/// </summary>
internal sealed class GraphQLHttpResponder(IGraphQLTextSerializer serializer, int maxResponseBytes)
{
    /// <summary>The result; or, when its JSON would pass the limit, the 400 that says so (the body is built in memory first, so nothing partial leaves).</summary>
    public async Task WriteResultAsync(HttpContext http, ExecutionResult result, string mediaType)
    {
        var status = StatusCode(result, mediaType);
        // A request refused for its own values while executing has no data to show (its data is null): answered as the request
        // error it is, without the data entry, as one refused before execution.
        var answer = status == StatusCodes.Status400BadRequest && result.Executed ? new ExecutionResult(result) { Executed = false } : result;
        await using var body = new CappedBuffer(maxResponseBytes);
        try
        {
            await serializer.WriteAsync(body, answer, http.RequestAborted);
        }
        catch (ResponseTooLargeException)
        {
            await WriteErrorAsync(http, TransportError.ResponseTooLarge(maxResponseBytes), mediaType);
            return;
        }
        WriteHead(http, status, mediaType);
        // Its length known, the body leaves in one write: chunked, Kestrel sent its closing chunk in a write of its own, a
        // second send per response (issue 18, profiled on the hospital lookup).
        http.Response.ContentLength = body.Length;
        body.Position = 0;
        await body.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>
    /// A refused request. Its status does not depend on the media type: the spec asks for 4xx for
    /// requests that are not well-formed under both. Without an acceptable media type (406) the
    /// body is plain <c>application/json</c>, the type most tools can at least show.
    /// </summary>
    public async Task WriteErrorAsync(HttpContext http, TransportError error, string? mediaType)
    {
        if (error.Allow is not null)
            http.Response.Headers.Allow = error.Allow;
        if (error.RetryAfterSeconds is { } seconds)
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (error.WwwAuthenticate is not null)
            http.Response.Headers.WWWAuthenticate = error.WwwAuthenticate;
        WriteHead(http, error.Status, mediaType ?? MediaTypeNegotiation.Json);
        await serializer.WriteAsync(http.Response.Body, error.ToResult(), http.RequestAborted);
    }

    private static int StatusCode(ExecutionResult result, string mediaType)
    {
        // application/json is the legacy type: a well-formed request always gets 200, because a
        // client cannot tell a 4xx of ours from one of a proxy; the errors are in the body.
        if (mediaType == MediaTypeNegotiation.Json)
            return StatusCodes.Status200OK;
        // Parse, validation, operation selection and variable coercion errors: the request was
        // refused before any resolver ran; or a resolver refused a value of the request itself (a page
        // too large, first with last, a malformed id, cursor or filter, a year out of range) and no data
        // is left to show: data null (a non-null root field refused) or every root field null (nullable
        // ones refused), one rule whichever the field's nullability.
        if (result.Errors is { Count: > 0 } errors && errors.All(IsRequestError) && !CarriesData(result))
            return StatusCodes.Status400BadRequest;
        if (result.Executed && result.Data is not null)
            return StatusCodes.Status200OK;
        // Executed with data null (a non-null root field failed) is still a response with data;
        // no data and not refused means the server failed.
        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
    }

    /// <summary>Whether the result shows some data: it executed and one of its root fields at least is not null.</summary>
    private static bool CarriesData(ExecutionResult result) => result.Executed && result.Data switch
    {
        null => false,
        ObjectExecutionNode root => root.SubFields?.Any(field => field.ToValue() is not null) == true,
        _ => true,
    };

    /// <summary>The codes of the errors a resolver raises for a value the request sent, not for the data or the server.</summary>
    private static readonly HashSet<string> RequestValueCodes = [HubErrors.BadUserInput, HubErrors.InvalidIdCode, HubErrors.InvalidCursorCode, ExplicitFilter.Code];

    private static bool IsRequestError(ExecutionError error) =>
        error is DocumentError or RequestError || error.Code is { } code && RequestValueCodes.Contains(code);

    private static void WriteHead(HttpContext http, int status, string mediaType)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        // The body depends on Accept, so caches of GET responses must key on it.
        http.Response.Headers.Vary = HeaderNames.Accept;
    }
}
