namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The first bytes that formats with a signature must begin with, so a file declared a PDF is one: a browser
/// or viewer trusts the declared type, and a mislabelled file is more often a mistake than a wish.
/// </summary>
internal static class FileSignatures
{
    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
    };

    /// <summary>Whether <paramref name="content"/> begins as <paramref name="mediaType"/> requires; true for types without a signature.</summary>
    public static bool Match(string mediaType, ReadOnlySpan<byte> content) =>
        !Signatures.TryGetValue(mediaType, out var signature) || content.StartsWith(signature);
}
