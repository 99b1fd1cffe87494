using Hub.Api.Access;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Callers the tests act as. Organisation ids are made up unless a test needs a real one.</summary>
public static class TestCallers
{
    /// <summary>A signing key of the test configuration only (256 bits, base64).</summary>
    public const string SigningKey = "aHViLXRlc3Qtc2lnbmluZy1rZXktb2YtMjU2LWJpdHMtISE=";

    public static readonly Guid SomeOrganization = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");

    /// <summary>Sees every row the tests ask for: master data as registry-admin, the full personal record as a social worker of every zone.</summary>
    public static CallerClaimSet AllSeeing(IReadOnlyList<string> allZones) =>
        new("test-all-seeing", SomeOrganization.ToString(), "HEALTH_AUTHORITY", ["registry-admin", "social-worker"], allZones);

    public static CallerClaimSet RegistryAdmin => new("test-registry-admin", SomeOrganization.ToString(), "REGION", ["registry-admin"]);

    public static CallerClaimSet Analyst => new("test-analyst", SomeOrganization.ToString(), "REGION", ["analyst"]);

    public static CallerClaimSet Auditor => new("test-auditor", SomeOrganization.ToString(), "REGION", ["auditor"]);
}
