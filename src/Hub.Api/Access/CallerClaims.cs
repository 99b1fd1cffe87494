using System.Security.Claims;
using Hub.Domain.Access;

namespace Hub.Api.Access;

/// <summary>Reads a <see cref="Caller"/> from a validated token's claims.</summary>
public static class CallerClaims
{
    public const string Subject = "sub";
    public const string Organization = "org";
    public const string OrganizationKind = "org_kind";
    public const string Roles = "roles";
    public const string Zones = "zones";
    public const string Structures = "structures";
    public const string Staff = "staff";

    /// <exception cref="InvalidCallerException">Claims missing or contradicting each other.</exception>
    public static Caller Read(ClaimsPrincipal user) => Caller.FromClaims(
        user.FindFirst(Subject)?.Value, user.FindFirst(Organization)?.Value, user.FindFirst(OrganizationKind)?.Value,
        Values(user, Roles), Values(user, Zones), Values(user, Structures), user.FindFirst(Staff)?.Value);

    // A JSON array arrives as one claim per item; some providers send one space- or comma-separated string.
    private static List<string> Values(ClaimsPrincipal user, string type) =>
        user.FindAll(type).SelectMany(claim => claim.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
}
