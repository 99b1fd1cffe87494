using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Api.Access;

namespace Hub.Api.GraphQL.Paging;

/// <summary>
/// Keyset cursors: the sort-key values of a row, so the next page starts after that row even when
/// rows are inserted or deleted meanwhile. Sealed with AES-GCM under a server key
/// (<see cref="GraphQLOptions.CursorKeys"/>), the list, its order and the caller bound in as associated
/// data: a client can neither read the values (a sort key may be a codice fiscale or an ISEE expiry),
/// nor alter them, nor carry a cursor to another list or order, nor hand it to another caller.
/// Any of those is <c>INVALID_CURSOR</c>.
/// Layout, base64url: nonce (12 bytes), ciphertext of the JSON array of values, tag (16 bytes).
/// </summary>
public sealed class Cursor(GraphQLOptions options)
{
    private const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly Lazy<byte[][]> keys = new(() => Load(options));

    /// <summary>The cursor of a row of the list <paramref name="order"/> names (its entity, order signature and caller).</summary>
    public string Of(string order, object?[] keyValues)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(keyValues);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.Value[0], TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(order));
        return Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>The key values of a cursor this server sealed for the same list and order; anything else is refused.</summary>
    /// <exception cref="global::GraphQL.ExecutionError"><c>INVALID_CURSOR</c>.</exception>
    public object?[] Read(string cursor, string order, IReadOnlyList<SortKey> sortKeys)
    {
        try
        {
            var values = JsonSerializer.Deserialize<JsonElement[]>(Open(Base64Url.DecodeFromChars(cursor), Encoding.UTF8.GetBytes(order)) ?? throw Invalid(cursor));
            if (values is null || values.Length != sortKeys.Count)
                throw Invalid(cursor);
            return sortKeys.Select((key, i) => values[i].Deserialize(key.KeyType)).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException)
        {
            throw Invalid(cursor);
        }
    }

    private byte[]? Open(byte[] sealedBytes, byte[] order)
    {
        if (sealedBytes.Length < NonceBytes + TagBytes)
            return null;
        var cipher = sealedBytes.AsSpan(NonceBytes, sealedBytes.Length - NonceBytes - TagBytes);
        var plain = new byte[cipher.Length];
        foreach (var key in keys.Value)
        {
            try
            {
                using var aes = new AesGcm(key, TagBytes);
                aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), cipher, sealedBytes.AsSpan(sealedBytes.Length - TagBytes), plain, order);
                return plain;
            }
            catch (AuthenticationTagMismatchException)
            {
                // Sealed under another key of the list, or not by this server at all: try the next.
            }
        }
        return null;
    }

    private static byte[][] Load(GraphQLOptions options)
    {
        var keys = options.CursorKeys.Count > 0
            ? options.CursorKeys.Select((key, i) => Checked(Convert.FromBase64String(key), $"{GraphQLOptions.Section}:CursorKeys:{i}")).ToArray()
            : [Checked(KeyFile.ReadOrCreate(options.CursorKeyFile, KeyBytes), Path.GetFullPath(options.CursorKeyFile))];
        return keys;
    }

    private static byte[] Checked(byte[] key, string source) => key.Length == KeyBytes
        ? key
        : throw new InvalidOperationException($"The cursor key in {source} has {key.Length * 8} bits; AES-256-GCM needs {KeyBytes * 8}.");

    private static global::GraphQL.ExecutionError Invalid(string cursor) =>
        new($"'{cursor}' is not a cursor of this list in this order.") { Code = HubErrors.InvalidCursorCode };
}
