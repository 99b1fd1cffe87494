namespace Hub.Domain.Care;

/// <summary>State of a placement (inserimento) in a structure.</summary>
public enum PlacementStatus
{
    /// <summary>Richiesto.</summary>
    Requested,
    /// <summary>In lista d'attesa.</summary>
    Waitlisted,
    /// <summary>Posto offerto.</summary>
    Offered,
    /// <summary>Confermato by the person or family.</summary>
    Confirmed,
    /// <summary>Ammesso: the guest is in the structure.</summary>
    Admitted,
    /// <summary>Assente (hospital stay): the place is kept, the health share suspended.</summary>
    Absent,
    /// <summary>Dimesso, with a reason.</summary>
    Discharged,
    /// <summary>Offer refused (rifiutato).</summary>
    Declined,
    /// <summary>Offer or waiting time lapsed (scaduto).</summary>
    Expired,
    /// <summary>Annullato.</summary>
    Cancelled,
}
