namespace Hub.Domain.Documents;

/// <summary>What the transport measured of an uploaded file: its name and media type as sent, its length in bytes and its SHA-256 (lowercase hex).</summary>
public sealed record DocumentFile(string? FileName, string MediaType, long SizeBytes, string Sha256);
