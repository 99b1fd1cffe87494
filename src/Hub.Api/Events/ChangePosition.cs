using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Hub.Api.GraphQL;

namespace Hub.Api.Events;

/// <summary>
/// Outbox positions as opaque strings (base64url of <c>change:N</c>): clients keep and send them back,
/// never compute them. A position says nothing secret (it is a counter), so it is encoded, not sealed.
/// </summary>
public static class ChangePosition
{
    private const string Prefix = "change:";

    public static string Encode(long position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a string names; 0 (before every event) for null; anything else is <c>INVALID_CURSOR</c>.</summary>
    public static long Decode(string? position)
    {
        if (position is null)
            return 0;
        if (position.Length <= 64 && Base64Url.IsValid(position)
            && Encoding.UTF8.GetString(Base64Url.DecodeFromChars(position)) is { } text && text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return value;
        throw new global::GraphQL.ExecutionError($"'{position}' is not a change position: send one the hub returned (a change's position or a page's endCursor).") { Code = HubErrors.InvalidCursorCode };
    }
}
