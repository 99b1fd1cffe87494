namespace Hub.Domain.Care;

/// <summary>Where a patient goes after a protected discharge (setting di dimissione).</summary>
public enum DischargeSetting
{
    /// <summary>Home with no added services.</summary>
    Home,
    /// <summary>Home with home care (ADI / assistenza domiciliare).</summary>
    HomeWithCare,
    /// <summary>Cure intermedie.</summary>
    IntermediateCare,
    /// <summary>Temporary RSA stay.</summary>
    TemporaryResidential,
    /// <summary>Permanent RSA placement.</summary>
    PermanentResidential,
}
