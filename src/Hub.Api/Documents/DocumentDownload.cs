using System.Text.Json;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Api.GraphQL.Transport;
using Hub.Api.Health;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Documents;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Documents;

/// <summary>
/// <c>GET /documents/{id}</c> (a Document's global id) with the bearer token of <c>/graphql</c>: the file's
/// bytes, as an attachment never rendered by the browser. An id that is not a Document's global id is 400 (INVALID_ID). One rule for refusals: a document the caller's
/// row scope does not reach is 404 whether it exists or not (nothing tells the two apart); a document it
/// reaches but whose level (SOCIAL, HEALTH, JUDICIAL) the caller does not hold is 403, as a field would be
/// FORBIDDEN, since its metadata is already visible in the owner's <c>documents</c>. Every answer after
/// authentication is audited (a read of personal data, or a refusal) before the response leaves. The caller's
/// rate limits and the database circuit apply as at <c>/graphql</c>.
/// </summary>
public static class DocumentDownload
{
    private const string Route = "/documents/{id}";
    private const string Operation = "GET /documents";

    /// <summary>The path a document is downloaded at.</summary>
    public static string PathOf(Guid id) => $"/documents/{GlobalId.Encode(nameof(Document), id)}";

    public static void MapDocumentDownloads(this IEndpointRouteBuilder endpoints) => endpoints.MapGet(Route, DownloadAsync);

    private static async Task DownloadAsync(HttpContext http, string id)
    {
        // As /graphql: an outage answered at once, then authentication, then the caller's rate limits.
        if (http.RequestServices.GetRequiredService<DatabaseCircuit>().IsOpen)
        {
            await WriteErrorAsync(http, TransportError.DatabaseUnavailable);
            return;
        }
        if (await RequestAuthentication.AuthenticateAsync(http, http.RequestAborted) is { } refusal)
        {
            await WriteErrorAsync(http, refusal);
            return;
        }
        var caller = http.RequestServices.GetRequiredService<RequestAccess>().Scope.Caller;
        var (lease, limited) = await http.RequestServices.GetRequiredService<CallerRateLimits>().AcquireAsync(caller, http.RequestAborted);
        using (lease)
            await AnswerOrRefuseAsync(http, id, limited);
    }

    private static async Task AnswerOrRefuseAsync(HttpContext http, string id, TransportError? limited)
    {
        if (limited is not null)
        {
            await WriteErrorAsync(http, limited);
            return;
        }
        try
        {
            if (GlobalId.TryDecode(id, out var type, out var key) && type == nameof(Document))
                await AnswerAsync(http, key);
            else
                await RefuseMalformedAsync(http, id);
        }
        catch (Exception e) when (DatabaseFailure.IsUnavailable(e) && !http.Response.HasStarted)
        {
            await WriteErrorAsync(http, TransportError.DatabaseUnavailable);
        }
    }

    // An id that is no Document's global id names nothing, so saying so tells nothing of any document: a 400 in the shape of every
    // other refusal, as /graphql answers INVALID_ID. (A NUL in the path, %00, never gets here: the server refuses the request line
    // itself with a bare 400 before any application code runs.)
    private static async Task RefuseMalformedAsync(HttpContext http, string id)
    {
        await AuditAsync(http.RequestServices.GetRequiredService<AuditTrail>(), new AuditSubject(nameof(Document), null, null), Sensitivity.Social, AuditOutcome.Denied);
        await WriteErrorAsync(http, new TransportError(StatusCodes.Status400BadRequest, HubErrors.InvalidId(id, nameof(Document)).Message, HubErrors.InvalidIdCode));
    }

    private static async Task AnswerAsync(HttpContext http, Guid key)
    {
        var services = http.RequestServices;
        var (db, audit) = (services.GetRequiredService<HubDbContext>(), services.GetRequiredService<AuditTrail>());
        var found = await db.Documents.AsNoTracking().Where(d => d.Id == key)
            .Select(d => new Found(d.PersonId, d.OwnerKind, d.Sensitivity, d.FileName, d.MediaType, d.Sha256)).SingleOrDefaultAsync(http.RequestAborted);
        if (found is null)
        {
            await AuditAsync(audit, new AuditSubject(nameof(Document), key, null), Sensitivity.Social, AuditOutcome.Denied);
            await WriteErrorAsync(http, new TransportError(StatusCodes.Status404NotFound, "No document with this id is visible to you.", "NOT_FOUND"));
            return;
        }
        var subject = new AuditSubject(nameof(Document), key, found.PersonId);
        // A document is SOCIAL like its metadata, and its own level besides; or what the caller could have filed itself.
        var level = found.Sensitivity | Sensitivity.Social;
        if (!services.GetRequiredService<RequestAccess>().Scope.Caller.MayReadDocument(found.OwnerKind, found.Sensitivity))
        {
            await AuditAsync(audit, subject, level, AuditOutcome.Denied);
            await WriteErrorAsync(http, TransportError.Forbidden($"Your roles may not read {SensitivityRules.Describe(found.Sensitivity)} data (this document's level)."));
            return;
        }
        var bytes = await db.DocumentContents.AsNoTracking().Where(c => c.Id == key).Select(c => c.Bytes).SingleAsync(http.RequestAborted);
        await AuditAsync(audit, subject, level, AuditOutcome.Success);
        WriteHeaders(http.Response, found, bytes.LongLength);
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    // Not the request's cancellation: an answer decided is audited even if the client goes away.
    private static async Task AuditAsync(AuditTrail audit, AuditSubject subject, Sensitivity level, AuditOutcome outcome)
    {
        audit.Fetched(Operation, subject, level, outcome);
        await audit.FlushAsync(CancellationToken.None);
    }

    private static void WriteHeaders(HttpResponse response, Found found, long length)
    {
        response.ContentType = found.MediaType;
        response.ContentLength = length;
        var disposition = new ContentDispositionHeaderValue("attachment");
        // An ASCII fallback and the RFC 5987 UTF-8 name, both quoted and escaped by the header type.
        disposition.SetHttpFileName(found.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ETag = new EntityTagHeaderValue($"\"{found.Sha256}\"").ToString();
        // Personal data: no shared cache keeps it; were it opened in place, it runs no script.
        response.Headers.CacheControl = "private, no-store";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
    }

    /// <summary>An error in the shape of a GraphQL response, as <c>/graphql</c> answers.</summary>
    private static async Task WriteErrorAsync(HttpContext http, TransportError error)
    {
        http.Response.StatusCode = error.Status;
        if (error.WwwAuthenticate is { } challenge)
            http.Response.Headers.WWWAuthenticate = challenge;
        if (error.RetryAfterSeconds is { } seconds)
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = error.Message, extensions = new { code = error.Code } } } },
            JsonSerializerOptions.Web, http.RequestAborted);
    }

    private sealed record Found(Guid PersonId, DocumentOwnerKind OwnerKind, Sensitivity Sensitivity, string FileName, string MediaType, string Sha256);
}
