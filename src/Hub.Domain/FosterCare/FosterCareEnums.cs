using System.ComponentModel;

namespace Hub.Domain.FosterCare;

[Description("On what an affido rests (affido consensuale o giudiziale).")]
public enum FosterCareBasis
{
    [Description("Consensuale: agreed with the parents, made executive by the giudice tutelare.")]
    Consensual,
    [Description("Giudiziale: ordered by the Tribunale per i minorenni; the placement names the court measure.")]
    Judicial,
}

[Description("Who fosters, in relation to the minor (affido intrafamiliare o eterofamiliare).")]
public enum FosterCareRelation
{
    [Description("Intrafamiliare: relatives within the fourth degree.")]
    IntraFamilial,
    [Description("Eterofamiliare: a family not related to the minor.")]
    HeteroFamilial,
}

[Description("How much of the minor's time the affido covers (tempo pieno o parziale).")]
public enum FosterCareSchedule
{
    [Description("A tempo pieno.")]
    FullTime,
    [Description("A tempo parziale: some days or weekends.")]
    PartTime,
}

[Description("Where the minor lives during the affido (residenziale o diurno).")]
public enum FosterCareSetting
{
    [Description("Residenziale: the minor lives with the foster family.")]
    Residential,
    [Description("Diurno: daytime only; the minor sleeps at home.")]
    Daytime,
}

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
