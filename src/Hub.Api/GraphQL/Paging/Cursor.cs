using System.Buffers.Text;
using System.Text.Json;

namespace Hub.Api.GraphQL.Paging;

/// <summary>
/// A keyset cursor: the sort-key values of a row, so the next page starts after that row even
/// when rows are inserted or deleted meanwhile. Opaque to clients (base64url JSON).
/// </summary>
public static class Cursor
{
    /// <summary>The cursor of a row: the order's signature, then the row's key values.</summary>
    public static string Of(string signature, object?[] keyValues) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(keyValues.Prepend(signature).ToArray()));

    /// <summary>The key values of a cursor made in the same order; any other cursor is refused.</summary>
    public static object?[] Read(string cursor, string signature, IReadOnlyList<SortKey> keys)
    {
        try
        {
            var values = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor));
            if (values is null || values.Length != keys.Count + 1 || values[0].ValueKind != JsonValueKind.String || values[0].GetString() != signature)
                throw Invalid(cursor);
            return keys.Select((key, i) => values[i + 1].Deserialize(key.KeyType)).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException)
        {
            throw Invalid(cursor);
        }
    }

    private static global::GraphQL.ExecutionError Invalid(string cursor) =>
        HubErrors.BadInput($"'{cursor}' is not a cursor of this list in this order.");
}
