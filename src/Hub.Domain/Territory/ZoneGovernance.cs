namespace Hub.Domain.Territory;

/// <summary>How a zone's comuni and the Azienda USL run integrated services together.</summary>
public enum ZoneGovernance
{
    /// <summary>Società della Salute: a consortium of the comuni and the Azienda USL.</summary>
    HealthSociety,
    /// <summary>Convenzione socio-sanitaria: an agreement instead of a consortium.</summary>
    Convention,
}
