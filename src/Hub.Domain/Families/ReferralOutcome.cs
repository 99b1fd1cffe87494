using System.ComponentModel;

namespace Hub.Domain.Families;

[Description("Where a referral to a Centro per le famiglie stands (esito dell'invio).")]
public enum ReferralOutcome
{
    [Description("Sent, the centre has not answered yet (inviato).")]
    Referred,
    [Description("The centre accepted the family (accolto).")]
    Accepted,
    [Description("The centre took the family in charge for a pathway (presa in carico).")]
    TakenInCharge,
    [Description("The pathway ended (concluso).")]
    Concluded,
    [Description("The centre or the family declined (non accolto / rinuncia).")]
    Declined,
}
