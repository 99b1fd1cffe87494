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
        DateTime? expires = null, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var until = expires ?? now.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = until.AddHours(-2),
            NotBefore = until.AddHours(-2),
            Expires = until,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? TestKey, SecurityAlgorithms.HmacSha256),
        });
    }

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
