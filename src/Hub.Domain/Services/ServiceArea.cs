using System.ComponentModel;

namespace Hub.Domain.Services;

[Description("The area of need a service or case belongs to (area di intervento).")]
public enum ServiceArea
{
    [Description("Non autosufficienza: older people who are not self-sufficient.")]
    NonSelfSufficiency,
    [Description("Disabilità.")]
    Disability,
    [Description("Minori e famiglie.")]
    MinorsFamilies,
    [Description("Adulti in difficoltà (poverty, homelessness, exclusion).")]
    AdultsInDifficulty,
    [Description("Salute mentale.")]
    MentalHealth,
    [Description("Dipendenze.")]
    Addiction,
    [Description("Violenza di genere: the pathway of a Centro antiviolenza, whose cases only the centre sees.")]
    GenderViolence,
}
