using System.ComponentModel;

namespace Hub.Domain.Organizations;

[Description("What kind of body an organisation is; callers belong to one.")]
public enum OrganizationKind
{
    [Description("Presidio ospedaliero or hospital trust (AOU).")]
    Hospital,
    [Description("Azienda USL, territorial services.")]
    HealthAuthority,
    [Description("Società della Salute.")]
    HealthSociety,
    [Description("Comune.")]
    Municipality,
    [Description("Accredited provider (ente gestore) of structures and services.")]
    Provider,
    [Description("Regione.")]
    Region,
    [Description("Centro antiviolenza: its cases and the persons in them are seen by its own operators only.")]
    AntiViolenceCentre,
}
