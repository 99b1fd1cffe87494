using System.ComponentModel;

namespace Hub.Domain.Minors;

[Description("What a court measure orders (tipo di provvedimento).")]
public enum CourtMeasureKind
{
    [Description("Limitation of parental responsibility (art. 333 c.c.).")]
    LimitationOfParentalResponsibility,
    [Description("Suspension of parental responsibility.")]
    SuspensionOfParentalResponsibility,
    [Description("Forfeiture of parental responsibility (decadenza, art. 330 c.c.).")]
    ForfeitureOfParentalResponsibility,
    [Description("Prescriptions to the parents (prescrizioni).")]
    Prescriptions,
    [Description("Appointment of a guardian (nomina del tutore).")]
    GuardianAppointment,
    [Description("Entrustment of the minor to the social service (affidamento al servizio sociale).")]
    EntrustmentToSocialService,
    [Description("Placement in foster care (affido familiare giudiziale).")]
    FosterCarePlacement,
    [Description("Placement in a residential community (collocamento in comunità).")]
    CommunityPlacement,
    [Description("Declaration of adoptability (stato di adottabilità).")]
    Adoptability,
    [Description("Emergency removal by the public authority (art. 403 c.c.), to be confirmed by the court.")]
    EmergencyRemoval,
}
