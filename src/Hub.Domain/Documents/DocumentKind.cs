using System.ComponentModel;

namespace Hub.Domain.Documents;

[Description("What a document is (tipo di documento).")]
public enum DocumentKind
{
    [Description("Relazione: a report (social, health, to a court or a service).")]
    Report,
    [Description("Lettera di dimissione: a hospital's discharge letter.")]
    DischargeLetter,
    [Description("Consenso: a signed consent (to treatment, to data processing, to a plan).")]
    Consent,
    [Description("Atto giudiziario: a court paper (decree, order, summons).")]
    CourtPaper,
    [Description("Certificato: a certificate (invalidità, ISEE, medical).")]
    Certificate,
    [Description("Altro: any other document.")]
    Other,
}
