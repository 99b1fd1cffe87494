namespace Hub.Domain.Organizations;

/// <summary>What kind of body an organisation is; callers belong to one.</summary>
public enum OrganizationKind
{
    /// <summary>Presidio ospedaliero or hospital trust (AOU).</summary>
    Hospital,
    /// <summary>Azienda USL, territorial services.</summary>
    HealthAuthority,
    /// <summary>Società della Salute.</summary>
    HealthSociety,
    /// <summary>Comune.</summary>
    Municipality,
    /// <summary>Accredited provider (ente gestore) of structures and services.</summary>
    Provider,
    /// <summary>Regione.</summary>
    Region,
}
