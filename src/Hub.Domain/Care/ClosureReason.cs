using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("Why a case was closed (motivo di chiusura).")]
public enum ClosureReason
{
    [Description("Decesso.")]
    Deceased,
    [Description("Rinuncia: the person refused the services.")]
    Refused,
    [Description("Non appropriato: the need is not for these services.")]
    Inappropriate,
    [Description("Trasferito to another zone or region.")]
    Transferred,
    [Description("Obiettivi raggiunti.")]
    GoalsMet,
    [Description("Altro.")]
    Other,
}
