namespace Hub.Domain.Care;

/// <summary>State of a case (presa in carico).</summary>
public enum CareCaseStatus
{
    /// <summary>Segnalato: referred, not yet assessed.</summary>
    Referred,
    /// <summary>In valutazione.</summary>
    Assessing,
    /// <summary>In carico: a plan is being delivered.</summary>
    Active,
    /// <summary>Sospeso (e.g. a long hospital stay).</summary>
    Suspended,
    /// <summary>In rivalutazione.</summary>
    Reassessing,
    /// <summary>Chiuso, with a reason.</summary>
    Closed,
    /// <summary>Annullato: opened by mistake.</summary>
    Cancelled,
}
