using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Access;

/// <summary>
/// The symmetric key that signs and checks development tokens: the configured one, or one made
/// on first use and kept in a file readable by its owner only, so <c>dotnet run</c> and the
/// <c>token</c> verb agree on a fresh clone without a shared secret in the repository.
/// </summary>
public sealed class DevelopmentKey(AuthOptions options)
{
    private const int MinimumBytes = 32;
    private readonly Lazy<SymmetricSecurityKey> key = new(() => new SymmetricSecurityKey(Load(options)));

    public SymmetricSecurityKey Key => options.UsesDevelopmentKey
        ? key.Value
        : throw new InvalidOperationException($"{AuthOptions.Section}:Authority is set: tokens come from that authority, and there is no development key.");

    private static byte[] Load(AuthOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
            return Checked(Convert.FromBase64String(options.SigningKey), $"{AuthOptions.Section}:SigningKey");
        return Checked(KeyFile.ReadOrCreate(options.DevelopmentKeyFile, MinimumBytes), Path.GetFullPath(options.DevelopmentKeyFile));
    }

    private static byte[] Checked(byte[] bytes, string source) => bytes.Length >= MinimumBytes
        ? bytes
        : throw new InvalidOperationException($"The development key in {source} has {bytes.Length * 8} bits; HMAC-SHA256 needs at least {MinimumBytes * 8}.");
}
