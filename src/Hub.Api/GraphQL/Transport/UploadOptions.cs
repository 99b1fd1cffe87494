namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The <c>Hub:Uploads</c> configuration section: what a multipart request (the GraphQL multipart request
/// specification) may carry. Files are read into memory once (their SHA-256 computed as they stream in)
/// and stored in the database, hence the limits.
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "Hub:Uploads";

    /// <summary>The largest file, in bytes, a request may upload (10 MiB); a larger one gets 413.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most files one request may upload.</summary>
    public int MaxFiles { get; set; } = 2;

    /// <summary>
    /// The media types a file's part may declare (its <c>Content-Type</c>); any other gets 415. PDF, PNG and
    /// JPEG must also start with their format's signature.
    /// </summary>
    /// <remarks>Empty means <see cref="DefaultMediaTypes"/>: the configuration binder appends to a list's items, so defaults cannot live in it.</remarks>
    public List<string> AllowedMediaTypes { get; set; } = [];

    /// <summary>PDF, PNG, JPEG, plain text, XML and signed files (p7m).</summary>
    public static readonly string[] DefaultMediaTypes =
        ["application/pdf", "image/png", "image/jpeg", "text/plain", "application/xml", "text/xml", "application/pkcs7-mime"];

    /// <summary>The media types accepted: <see cref="AllowedMediaTypes"/>, or the defaults when none is configured.</summary>
    public IReadOnlyList<string> MediaTypes => AllowedMediaTypes.Count > 0 ? AllowedMediaTypes : DefaultMediaTypes;

    /// <summary>The header a multipart request must carry (any non-empty value), so that no plain HTML form can send one.</summary>
    public const string PreflightHeader = "GraphQL-Preflight";
}
