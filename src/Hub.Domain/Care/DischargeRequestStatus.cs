namespace Hub.Domain.Care;

/// <summary>State of a protected-discharge request.</summary>
public enum DischargeRequestStatus
{
    /// <summary>Inviata by the ward.</summary>
    Submitted,
    /// <summary>Presa in carico by the zone's ACOT.</summary>
    Acknowledged,
    /// <summary>Valutata.</summary>
    Assessed,
    /// <summary>Percorso definito: the setting is chosen.</summary>
    PathwayDefined,
    /// <summary>Programmata for a date.</summary>
    Scheduled,
    /// <summary>Dimesso.</summary>
    Discharged,
    /// <summary>Annullata.</summary>
    Cancelled,
}
