using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("State of a placement (inserimento) in a structure.")]
public enum PlacementStatus
{
    [Description("Richiesto.")]
    Requested,
    [Description("In lista d'attesa.")]
    Waitlisted,
    [Description("Posto offerto.")]
    Offered,
    [Description("Confermato by the person or family.")]
    Confirmed,
    [Description("Ammesso: the guest is in the structure.")]
    Admitted,
    [Description("Assente (hospital stay): the place is kept, the health share suspended.")]
    Absent,
    [Description("Dimesso, with a reason.")]
    Discharged,
    [Description("Offer refused (rifiutato).")]
    Declined,
    [Description("Offer or waiting time lapsed (scaduto).")]
    Expired,
    [Description("Annullato.")]
    Cancelled,
}
