using Hub.Api.Access;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// Callers the tests act as. The broad test callers act for the tests' own organisation, which the test
/// host's registry admits (<see cref="TestOrganizationRegistry"/>); the callers of one role take real ids
/// from the seeded data, because the registry, scopes and actions check them.
/// </summary>
public static class TestCallers
{
    /// <summary>A signing key of the test configuration only (256 bits, base64).</summary>
    public const string SigningKey = "aHViLXRlc3Qtc2lnbmluZy1rZXktb2YtMjU2LWJpdHMtISE=";

    /// <summary>A cursor key of the test configuration only (256 bits, base64).</summary>
    public const string CursorKey = "aHViLXRlc3QtY3Vyc29yLWtleS1vZi0yNTYtYml0cyE=";

    public static readonly Guid SomeOrganization = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");

    /// <summary>Sees every row the tests ask for: master data as registry-admin, the full personal record as a social worker of every zone.</summary>
    public static CallerClaimSet AllSeeing(IReadOnlyList<string> allZones) =>
        new("test-all-seeing", SomeOrganization.ToString(), "HEALTH_AUTHORITY", ["registry-admin", "social-worker"], allZones);

    public static CallerClaimSet RegistryAdmin => new("test-registry-admin", SomeOrganization.ToString(), "REGION", ["registry-admin"]);

    public static CallerClaimSet Analyst => new("test-analyst", SomeOrganization.ToString(), "REGION", ["analyst"]);

    public static CallerClaimSet Auditor => new("test-auditor", SomeOrganization.ToString(), "REGION", ["auditor"]);

    /// <summary>A ward's discharge planner of a seeded hospital: files its hospital's discharge requests.</summary>
    public static CallerClaimSet DischargePlanner(Guid hospitalId) =>
        new("test-discharge-planner", hospitalId.ToString(), "HOSPITAL", ["discharge-planner"]);

    /// <summary>The ACOT of one zone, working for the zone's Azienda USL.</summary>
    public static CallerClaimSet Acot(Guid healthAuthorityOrganizationId, string zoneCode) =>
        new("test-acot", healthAuthorityOrganizationId.ToString(), "HEALTH_AUTHORITY", ["acot"], [zoneCode]);

    /// <summary>A social worker of one zone, working for an ASL, SdS or comune (<paramref name="organizationKind"/> as the claim spells it).</summary>
    public static CallerClaimSet SocialWorker(Guid organizationId, string organizationKind, string zoneCode) =>
        new("test-social-worker", organizationId.ToString(), organizationKind, ["social-worker"], [zoneCode]);

    /// <summary>An operator of the provider that runs the structure with this regional code.</summary>
    public static CallerClaimSet ProviderOperator(Guid providerOrganizationId, string structureRegionalCode) =>
        new("test-provider-operator", providerOrganizationId.ToString(), "PROVIDER", ["provider-operator"], Structures: [structureRegionalCode]);
}
