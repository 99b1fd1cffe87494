namespace Hub.Domain.Care;

/// <summary>State of a care plan.</summary>
public enum CarePlanStatus
{
    /// <summary>Bozza.</summary>
    Draft,
    /// <summary>Proposto to the person and family.</summary>
    Proposed,
    /// <summary>Attivo: signed and in force.</summary>
    Active,
    /// <summary>Sospeso.</summary>
    Suspended,
    /// <summary>Sostituito by a newer version.</summary>
    Superseded,
    /// <summary>Concluso.</summary>
    Completed,
    /// <summary>Revocato.</summary>
    Revoked,
}
