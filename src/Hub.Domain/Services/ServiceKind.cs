using System.ComponentModel;

namespace Hub.Domain.Services;

[Description("The form in which a service is delivered (tipologia di prestazione).")]
public enum ServiceKind
{
    [Description("Information and access (segretariato sociale, Punto Insieme).")]
    Access,
    [Description("Servizio sociale professionale: assessment and case management.")]
    ProfessionalSocialWork,
    [Description("Assistenza domiciliare.")]
    HomeCare,
    [Description("Semi-residential (centro diurno).")]
    SemiResidential,
    [Description("Residential (RSA, RSD, comunità).")]
    Residential,
    [Description("Contributi economici, voucher, assegni di cura.")]
    EconomicSupport,
    [Description("Protection (tutela minori, antiviolenza, affido).")]
    Protection,
}
