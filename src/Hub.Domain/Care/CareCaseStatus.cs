using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("State of a case (presa in carico).")]
public enum CareCaseStatus
{
    [Description("Segnalato: referred, not yet assessed.")]
    Referred,
    [Description("In valutazione.")]
    Assessing,
    [Description("In carico: a plan is being delivered.")]
    Active,
    [Description("Sospeso (e.g. a long hospital stay).")]
    Suspended,
    [Description("In rivalutazione.")]
    Reassessing,
    [Description("Chiuso, with a reason.")]
    Closed,
    [Description("Annullato: opened by mistake.")]
    Cancelled,
}
