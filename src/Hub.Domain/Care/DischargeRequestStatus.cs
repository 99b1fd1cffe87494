using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("State of a protected-discharge request.")]
public enum DischargeRequestStatus
{
    [Description("Inviata by the ward.")]
    Submitted,
    [Description("Presa in carico by the zone's ACOT.")]
    Acknowledged,
    [Description("Valutata.")]
    Assessed,
    [Description("Percorso definito: the setting is chosen.")]
    PathwayDefined,
    [Description("Programmata for a date.")]
    Scheduled,
    [Description("Dimesso.")]
    Discharged,
    [Description("Annullata.")]
    Cancelled,
}
