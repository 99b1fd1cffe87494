namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// A file uploaded in a multipart request, the value of the <c>Upload</c> scalar: its name and media type
/// as its part declared them, its bytes, and their SHA-256 (64 lowercase hex digits) computed while they were read.
/// </summary>
public sealed record Upload(string FileName, string MediaType, byte[] Content, string Sha256)
{
    /// <summary>The file's length in bytes.</summary>
    public long SizeBytes => Content.LongLength;
}
