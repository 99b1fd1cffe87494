using System.ComponentModel;

namespace Hub.Domain.Minors;

[Description("Who reported a minor at risk to the services (fonte della segnalazione).")]
public enum ReportSource
{
    [Description("A school (scuola, nido, servizi educativi).")]
    School,
    [Description("Police or carabinieri (forze dell'ordine).")]
    Police,
    [Description("A health service: paediatrician, hospital, consultorio, mental health service.")]
    HealthService,
    [Description("A court or the Procura presso il Tribunale per i minorenni.")]
    Court,
    [Description("The family itself, or a relative.")]
    Family,
    [Description("The minor themself.")]
    Minor,
    [Description("Another social service or a third-sector body.")]
    SocialServices,
    [Description("Anyone else: neighbours, associations, anonymous reports.")]
    Other,
}
