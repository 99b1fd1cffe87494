using System.Security.Claims;

namespace Hub.Api.Access;

/// <summary>Who is calling, as stamps and idempotency keys record it.</summary>
public static class CallerIdentity
{
    public const string Anonymous = "anonymous";

    // Every request to /graphql is authenticated with a token that names its subject (a caller
    // without 'sub' is refused), so the anonymous identity only stands in on a host wired without authentication.
    public static string Of(ClaimsPrincipal? user) =>
        user?.FindFirst("sub")?.Value ?? user?.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? Anonymous;
}
