using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Turns a POST or GET to <c>/graphql</c> into a GraphQL request, or into the transport error that
/// refuses it: wrong media type or charset, too large, not JSON, parameters of the wrong type, or a
/// GET that would change something. A <c>multipart/form-data</c> POST carries files (<see cref="MultipartRequestReader"/>).
/// </summary>
internal sealed class GraphQLHttpRequestReader
{
    private const string Multipart = "multipart/form-data";
    private readonly GraphQLOptions options;
    private readonly GraphQLRequestParameters parameters;
    private readonly MultipartRequestReader multipart;

    public GraphQLHttpRequestReader(GraphQLOptions options, UploadOptions uploads, IGraphQLTextSerializer serializer)
    {
        this.options = options;
        parameters = new(serializer);
        multipart = new(options, uploads, parameters);
    }

    public async Task<RequestReadResult> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var media) && media.MediaType.Equals(Multipart, StringComparison.OrdinalIgnoreCase))
            return await multipart.ReadAsync(request, media, cancellationToken);
        if (ContentTypeError(request.ContentType) is { } contentTypeError)
            return contentTypeError;
        // A declared length over the limit is refused before a byte is read.
        if (request.ContentLength > options.MaxRequestBytes)
            return TransportError.BodyTooLarge(options.MaxRequestBytes);
        // Chunked bodies declare no length, so the limit is also counted while reading.
        if (await ReadBodyAsync(request.Body, cancellationToken) is not { } body)
            return TransportError.BodyTooLarge(options.MaxRequestBytes);
        try
        {
            using var document = JsonDocument.Parse(WithoutByteOrderMark(body));
            return parameters.FromBody(document.RootElement);
        }
        catch (JsonException e)
        {
            return TransportError.InvalidJson(e.Message);
        }
        catch (InvalidOperationException)
        {
            return TransportError.InvalidJson(UntranscodableString);
        }
    }

    // System.Text.Json checks a string's UTF-8 and escapes only when it is read as .NET text, and
    // then throws InvalidOperationException, not JsonException.
    private const string UntranscodableString =
        "a string holds invalid UTF-8 or an unpaired surrogate escape (such as \\ud800 without its low half).";

    public RequestReadResult ReadGet(HttpRequest request)
    {
        if (request.QueryString.Value?.Length > options.MaxQueryStringLength)
            return TransportError.QueryStringTooLong(options.MaxQueryStringLength);
        RequestReadResult read;
        try
        {
            read = parameters.FromQueryString(request.Query);
        }
        catch (InvalidOperationException)
        {
            return TransportError.InvalidJson(UntranscodableString);
        }
        if (read.Request is { } graphQLRequest && SafeOperation.Refuse(graphQLRequest.Query!, graphQLRequest.OperationName) is { } refusal)
            return refusal;
        return read;
    }

    /// <summary>Besides multipart uploads, only <c>application/json</c> in UTF-8 (the spec's one required request encoding); null when the request has it.</summary>
    private static TransportError? ContentTypeError(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !media.MediaType.Equals(MediaTypeNegotiation.Json, StringComparison.OrdinalIgnoreCase))
            return TransportError.UnsupportedMediaType(
                $"Send the request body as {MediaTypeNegotiation.Json} (or {Multipart} to upload files); the Content-Type was '{contentType ?? "(none)"}'.");
        if (!MediaTypeNegotiation.IsUtf8(media.Charset))
            return TransportError.UnsupportedMediaType($"The request body must be UTF-8; the charset was '{media.Charset}'.");
        return null;
    }

    /// <summary>The whole body, or null as soon as it grows past the limit.</summary>
    private async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxRequestBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    // JSON text may start with a byte order mark (RFC 8259 lets parsers ignore it); the reader does not skip it.
    private static ReadOnlyMemory<byte> WithoutByteOrderMark(byte[] body) =>
        body.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? body.AsMemory(Encoding.UTF8.Preamble.Length) : body;
}
