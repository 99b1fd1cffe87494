using System.ComponentModel;

namespace Hub.Domain.FosterCare;

[Description("How an affido ended (esito dell'affido).")]
public enum FosterCareOutcome
{
    [Description("Return to the family of origin (rientro in famiglia).")]
    ReturnToFamily,
    [Description("Adoption (adozione), after a declaration of adoptability.")]
    Adoption,
    [Description("Placement in a residential community (inserimento in comunità).")]
    CommunityPlacement,
    [Description("Another foster family (altro affido).")]
    OtherFosterFamily,
    [Description("The minor came of age (maggiore età); the affido may go on as a prosecution up to 21 by court order.")]
    ComingOfAge,
    [Description("Interrupted early (interruzione).")]
    Interrupted,
}
