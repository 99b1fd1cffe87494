using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Access;

/// <summary>
/// Checks of a signed token that the validator does not make: no <c>crit</c> header (RFC 7515
/// §4.1.11: an extension the hub does not understand must not be ignored, and it understands none),
/// and a lifetime no longer than <see cref="AuthOptions.MaxTokenLifetime"/>.
/// </summary>
internal static class TokenRules
{
    public static Task CheckAsync(TokenValidatedContext context, AuthOptions options)
    {
        if (context.SecurityToken is not JsonWebToken token)
            context.Fail(new RefusedTokenException("the token is not a JSON web token"));
        else if (token.TryGetHeaderValue<object>("crit", out _))
            context.Fail(new RefusedTokenException("the token has a 'crit' header, and the hub honours no critical extension"));
        else if (token.ValidTo - Start(token) > options.MaxTokenLifetime)
            context.Fail(new RefusedTokenException($"the token lives longer than the hub accepts ({options.MaxTokenLifetime.TotalHours:0.##} hours from iat to exp)"));
        return Task.CompletedTask;
    }

    // Without iat or nbf the token says nothing of its start: what is left of it, from now, is what can be measured.
    private static DateTime Start(JsonWebToken token) =>
        token.IssuedAt != DateTime.MinValue ? token.IssuedAt : token.ValidFrom != DateTime.MinValue ? token.ValidFrom : DateTime.UtcNow;
}

/// <summary>A signed, unexpired token refused by one of <see cref="TokenRules"/>; its message is the reason given to the client.</summary>
internal sealed class RefusedTokenException(string reason) : SecurityTokenValidationException(reason);
