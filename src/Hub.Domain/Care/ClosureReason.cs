namespace Hub.Domain.Care;

/// <summary>Why a case was closed (motivo di chiusura).</summary>
public enum ClosureReason
{
    /// <summary>Decesso.</summary>
    Deceased,
    /// <summary>Rinuncia: the person refused the services.</summary>
    Refused,
    /// <summary>Non appropriato: the need is not for these services.</summary>
    Inappropriate,
    /// <summary>Trasferito to another zone or region.</summary>
    Transferred,
    /// <summary>Obiettivi raggiunti.</summary>
    GoalsMet,
    /// <summary>Altro.</summary>
    Other,
}
