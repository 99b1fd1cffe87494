using System.Security.Claims;

namespace Hub.Api.Access;

/// <summary>Who is calling, as stamps and idempotency keys record it.</summary>
public static class CallerIdentity
{
    public const string Anonymous = "anonymous";

    // The one place authentication plugs into: until it lands, requests carry no token and all
    // callers share the anonymous identity.
    public static string Of(ClaimsPrincipal? user) =>
        user?.FindFirst("sub")?.Value ?? user?.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? Anonymous;
}
