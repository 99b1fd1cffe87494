namespace Hub.Domain.Services;

/// <summary>The form in which a service is delivered (tipologia di prestazione).</summary>
public enum ServiceKind
{
    /// <summary>Information and access (segretariato sociale, Punto Insieme).</summary>
    Access,
    /// <summary>Servizio sociale professionale: assessment and case management.</summary>
    ProfessionalSocialWork,
    /// <summary>Assistenza domiciliare.</summary>
    HomeCare,
    /// <summary>Semi-residential (centro diurno).</summary>
    SemiResidential,
    /// <summary>Residential (RSA, RSD, comunità).</summary>
    Residential,
    /// <summary>Contributi economici, voucher, assegni di cura.</summary>
    EconomicSupport,
    /// <summary>Protection (tutela minori, antiviolenza, affido).</summary>
    Protection,
}
