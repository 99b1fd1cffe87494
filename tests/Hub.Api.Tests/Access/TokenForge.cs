using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Api.Access;
using Hub.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Tests.Access;

/// <summary>Tokens a client should never get through with: each breaks one rule.</summary>
internal static class TokenForge
{
    private static readonly SymmetricSecurityKey TestKey = new(Convert.FromBase64String(TestCallers.SigningKey));

    public static Dictionary<string, object> Claims() => new()
    {
        ["sub"] = "forged",
        ["org"] = TestCallers.SomeOrganization.ToString(),
        ["org_kind"] = "REGION",
        ["roles"] = new[] { "registry-admin" },
    };

    public static string Signed(Dictionary<string, object> claims, string issuer = AuthOptions.DevelopmentIssuer, string audience = "hub",
        DateTime? expires = null, SecurityKey? key = null, TimeSpan? lifetime = null, Dictionary<string, object>? headers = null)
    {
        var now = DateTime.UtcNow;
        var until = expires ?? now.AddHours(1);
        var from = until - (lifetime ?? TimeSpan.FromHours(2));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = from,
            NotBefore = from,
            Expires = until,
            Claims = claims,
            AdditionalHeaderClaims = headers,
            SigningCredentials = new SigningCredentials(key ?? TestKey, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A token marking a header extension as critical (RFC 7515 §4.1.11), which the hub must not ignore.</summary>
    public static string Critical() => Signed(Claims(), headers: new() { ["crit"] = new[] { "exp" } });

    /// <summary>A token living a day, well beyond the hub's maximum.</summary>
    public static string LongLived() => Signed(Claims(), lifetime: TimeSpan.FromDays(1));

    public static string Expired() => Signed(Claims(), expires: DateTime.UtcNow.AddMinutes(-10));

    public static string WrongKey() => Signed(Claims(), key: new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));

    public static string WrongAudience() => Signed(Claims(), audience: "someone-else");

    public static string WrongIssuer() => Signed(Claims(), issuer: "https://evil.example");

    /// <summary>The same claims, unsigned, declaring <c>alg: none</c>.</summary>
    public static string Unsigned()
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new Dictionary<string, object>(Claims())
        {
            ["iss"] = AuthOptions.DevelopmentIssuer,
            ["aud"] = "hub",
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Part(new { alg = "none", typ = "JWT" })}.{Part(payload)}.";
    }

    private static string Part(object value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
}
