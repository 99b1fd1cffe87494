using System.ComponentModel;

namespace Hub.Domain.Access;

/// <summary>The roles of DESIGN §4, as callers' tokens name them in their <c>roles</c> claim (kebab-case).</summary>
[Description("A caller's role; its token names it in kebab-case, e.g. `discharge-planner`.")]
public enum Role
{
    [Description("Hospital discharge planner (ACOT ward side): persons by codice fiscale, files discharge requests.")]
    DischargePlanner,
    [Description("Agenzia di continuità ospedale-territorio: discharge requests and cases in its zones.")]
    Acot,
    [Description("Territorial social worker (assistente sociale): the full record of cases in its zones.")]
    SocialWorker,
    [Description("Municipal officer: its residents' cases and the shares the comune pays.")]
    MunicipalOfficer,
    [Description("Provider operator (gestore): placements in its own structures.")]
    ProviderOperator,
    [Description("Analyst of an SdS or the Region: aggregates only.")]
    Analyst,
    [Description("Keeper of master data: structures, modules, services, staff, family centres.")]
    RegistryAdmin,
    [Description("Auditor: reads the audit trail (a REGION's the whole network's, any other organisation's its own events); held with no role that works on persons' records.")]
    Auditor,
    [Description("Child-protection social worker (tutela minori): the full record of cases in its zones, court measures (JUDICIAL) included.")]
    ChildProtectionWorker,
    [Description("Foster-care officer (Centro Affidi): the minors-and-families cases of its zones and their residents, no court measure.")]
    FosterCareOfficer,
    [Description("Anti-violence operator: the cases of its own Centro antiviolenza and the persons in them, nothing else.")]
    AntiViolenceOperator,
}

public static class RoleNames
{
    private static readonly Dictionary<string, Role> ByName = Enum.GetValues<Role>().ToDictionary(Name, StringComparer.Ordinal);

    /// <summary>The claim value: <c>SocialWorker</c> → <c>social-worker</c>.</summary>
    public static string Name(this Role role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));

    public static bool TryParse(string name, out Role role) => ByName.TryGetValue(name, out role);

    public static IEnumerable<string> All => ByName.Keys;
}
