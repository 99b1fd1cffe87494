using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("State of a care plan.")]
public enum CarePlanStatus
{
    [Description("Bozza.")]
    Draft,
    [Description("Proposto to the person and family.")]
    Proposed,
    [Description("Attivo: signed and in force.")]
    Active,
    [Description("Sospeso.")]
    Suspended,
    [Description("Sostituito by a newer version.")]
    Superseded,
    [Description("Concluso.")]
    Completed,
    [Description("Revocato.")]
    Revoked,
}
