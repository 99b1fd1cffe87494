using System.Buffers.Text;
using System.Text;

namespace Hub.Api.GraphQL.Relay;

/// <summary>
/// Opaque global identifiers (Relay): the graph type's name and the entity key, base64url
/// encoded so clients treat them as tokens and never build them.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    /// <summary>The type name and key of a global id; anything else is refused with <see cref="HubErrors.InvalidId"/>.</summary>
    public static (string TypeName, Guid Id) Decode(string? globalId) =>
        TryDecode(globalId, out var typeName, out var id) ? (typeName, id) : throw HubErrors.InvalidId(globalId);

    /// <summary>The key of a global id of <paramref name="typeName"/>; any other id is refused with <see cref="HubErrors.InvalidId"/>.</summary>
    public static Guid Decode(string? globalId, string typeName) =>
        TryDecode(globalId, out var type, out var id) && type == typeName ? id : throw HubErrors.InvalidId(globalId, typeName);

    /// <summary>Decodes without refusing: for callers that accept other spellings too (the CLI takes raw keys).</summary>
    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200 || !Base64Url.IsValid(globalId))
            return false;
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id))
            return false;
        typeName = text[..colon];
        return true;
    }
}
