using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Access;

/// <summary>The claims of a caller, as a token carries them (DESIGN §4).</summary>
public sealed record CallerClaimSet(string Subject, string Organization, string OrganizationKind, IReadOnlyList<string> Roles,
    IReadOnlyList<string>? Zones = null, IReadOnlyList<string>? Structures = null, string? Staff = null);

/// <summary>Signs tokens with the development key, for the <c>token</c> verb and the tests.</summary>
public sealed class DevelopmentTokens(AuthOptions options, DevelopmentKey key, TimeProvider clock)
{
    public string Issue(CallerClaimSet caller, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [CallerClaims.Subject] = caller.Subject,
            [CallerClaims.Organization] = caller.Organization,
            [CallerClaims.OrganizationKind] = caller.OrganizationKind,
            [CallerClaims.Roles] = caller.Roles.ToArray(),
        };
        if (caller.Zones is { Count: > 0 } zones)
            claims[CallerClaims.Zones] = zones.ToArray();
        if (caller.Structures is { Count: > 0 } structures)
            claims[CallerClaims.Structures] = structures.ToArray();
        if (caller.Staff is { } staff)
            claims[CallerClaims.Staff] = staff;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.EffectiveIssuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
