using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Access;

/// <summary>Why a bearer token was refused, in words a client developer can act on, without the validator's internals.</summary>
internal static class TokenFailure
{
    public static string Reason(Exception failure) => failure switch
    {
        RefusedTokenException refused => refused.Message,
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry (exp)",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token comes from an issuer the hub does not trust",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature does not verify",
        SecurityTokenInvalidAlgorithmException => "the token is signed with an algorithm the hub does not accept",
        _ => "the token is not a valid signed JWT",
    };
}
