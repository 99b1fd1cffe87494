using System.ComponentModel;

namespace Hub.Domain.SocialRecord;

[Description("State of an access request (domanda / segnalazione) at a desk.")]
public enum AccessRequestStatus
{
    [Description("Ricevuta: waiting for an answer, due by its due date.")]
    Received,
    [Description("Answered with information only (informazione e orientamento).")]
    InformationGiven,
    [Description("Referred to another service or body (invio ad altro servizio).")]
    Referred,
    [Description("A case was opened and linked (presa in carico).")]
    CaseOpened,
    [Description("Not eligible, with the reason (non ammissibile).")]
    NotEligible,
    [Description("Withdrawn by whoever asked (ritirata).")]
    Withdrawn,
}
