using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Reads a <c>multipart/form-data</c> POST to <c>/graphql</c> per the GraphQL multipart request specification:
/// the <c>operations</c> part (the JSON request, files written as null), the <c>map</c> part (each file part's
/// name → the variable paths it fills), then the file parts, each placed as an <see cref="Upload"/> at its paths.
/// Parts are read as they stream in: a file is hashed while it is copied, and refused as soon as it passes the
/// size limit. Any departure from the shape is a 400 naming it; batches are refused like JSON batches.
/// </summary>
internal sealed class MultipartRequestReader(GraphQLOptions options, UploadOptions uploads, GraphQLRequestParameters parameters)
{
    public async Task<RequestReadResult> ReadAsync(HttpRequest request, MediaTypeHeaderValue media, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Headers[UploadOptions.PreflightHeader].ToString()))
            return TransportError.InvalidRequest($"A multipart/form-data request needs the header '{UploadOptions.PreflightHeader}: 1': "
                + "a browser form cannot send it, so no other site can make a signed-in browser upload (CSRF).");
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
            return TransportError.InvalidRequest("The multipart/form-data Content-Type has no boundary.");
        var limit = options.MaxRequestBytes + uploads.MaxFiles * uploads.MaxFileBytes;
        if (request.ContentLength > limit)
            return TransportError.BodyTooLarge(limit);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 8 * 1024 };
        try
        {
            return await ReadPartsAsync(reader, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TransportError.BodyTooLarge(limit);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // MultipartReader's messages name the fault (a missing boundary, an unterminated part, headers too long).
            return TransportError.InvalidRequest($"The multipart body is malformed: {e.Message}");
        }
    }

    private async Task<RequestReadResult> ReadPartsAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        var operations = await NextFieldAsync(reader, "operations", cancellationToken);
        if (operations.Error is not null)
            return operations.Error;
        var read = ReadOperations(operations.Text!);
        if (read.Error is not null)
            return read;
        var map = await NextFieldAsync(reader, "map", cancellationToken);
        if (map.Error is not null)
            return map.Error;
        var (paths, mapError) = UploadMap.Parse(map.Text!, uploads.MaxFiles);
        if (mapError is not null)
            return mapError;
        var files = new Dictionary<string, Upload>();
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            var (name, upload, error) = await ReadFileAsync(section, paths!, files, cancellationToken);
            if (error is not null)
                return error;
            files[name!] = upload!;
        }
        return UploadMap.Apply(read.Request!, paths!, files);
    }

    private RequestReadResult ReadOperations(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return parameters.FromBody(document.RootElement);
        }
        catch (JsonException e)
        {
            return TransportError.InvalidJson($"the 'operations' part: {e.Message}");
        }
    }

    /// <summary>The next part, which the specification requires to be the form field <paramref name="name"/>, as text.</summary>
    private async Task<(string? Text, TransportError? Error)> NextFieldAsync(MultipartReader reader, string name, CancellationToken cancellationToken)
    {
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        if (section?.GetContentDispositionHeader() is not { } disposition || NameOf(disposition) != name)
            return (null, TransportError.InvalidRequest(
                $"The multipart request must begin with the part '{(name == "map" ? "operations" : name)}'{(name == "map" ? ", then 'map'" : "")}: "
                + "the GraphQL multipart request specification orders them operations, map, files."));
        using var text = new MemoryStream();
        if (!await CopyCappedAsync(section.Body, text, options.MaxRequestBytes, null, cancellationToken))
            return (null, TransportError.BodyTooLarge(options.MaxRequestBytes));
        try
        {
            return (new UTF8Encoding(false, true).GetString(text.GetBuffer(), 0, (int)text.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, TransportError.InvalidJson($"the '{name}' part is not UTF-8."));
        }
    }

    private async Task<(string? Name, Upload? Upload, TransportError? Error)> ReadFileAsync(MultipartSection section,
        IReadOnlyDictionary<string, string[]> paths, Dictionary<string, Upload> files, CancellationToken cancellationToken)
    {
        var disposition = section.GetContentDispositionHeader();
        var name = disposition is null ? null : NameOf(disposition);
        if (name is null || !paths.ContainsKey(name))
            return (null, null, TransportError.InvalidRequest($"The part '{name ?? "(unnamed)"}' is not named in 'map': every file part must be mapped to a variable."));
        if (files.ContainsKey(name))
            return (null, null, TransportError.InvalidRequest($"The part '{name}' is sent twice."));
        var mediaType = MediaTypeHeaderValue.TryParse(section.ContentType, out var parsed) ? parsed.MediaType.Value!.ToLowerInvariant() : null;
        if (mediaType is null || !uploads.MediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            return (null, null, new TransportError(StatusCodes.Status415UnsupportedMediaType,
                $"The file '{name}' is of type '{section.ContentType ?? "(none)"}'; the hub accepts {string.Join(", ", uploads.MediaTypes)}.", "UNSUPPORTED_MEDIA_TYPE"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var content = new MemoryStream();
        if (!await CopyCappedAsync(section.Body, content, uploads.MaxFileBytes, hash, cancellationToken))
            return (null, null, new TransportError(StatusCodes.Status413PayloadTooLarge,
                $"The file '{name}' is larger than the limit of {uploads.MaxFileBytes} bytes.", "FILE_TOO_LARGE"));
        var bytes = content.ToArray();
        if (!FileSignatures.Match(mediaType, bytes))
            return (null, null, new TransportError(StatusCodes.Status415UnsupportedMediaType,
                $"The file '{name}' is declared {mediaType} but its content does not begin as one does.", "UNSUPPORTED_MEDIA_TYPE"));
        var fileName = disposition!.FileNameStar.HasValue ? disposition.FileNameStar.Value! : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
        return (name, new Upload(fileName, mediaType, bytes, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
    }

    // Clients quote the name ("0") or not (0); the part is the same.
    private static string? NameOf(ContentDispositionHeaderValue disposition) => HeaderUtilities.RemoveQuotes(disposition.Name).Value;

    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/>, hashing as it goes; false as soon as it grows past <paramref name="limit"/> bytes.</summary>
    private static async Task<bool> CopyCappedAsync(Stream from, MemoryStream to, long limit, IncrementalHash? hash, CancellationToken cancellationToken)
    {
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (to.Length + read > limit)
                return false;
            hash?.AppendData(chunk, 0, read);
            to.Write(chunk, 0, read);
        }
        return true;
    }
}
