namespace Hub.Domain.Services;

/// <summary>Who may access a service by residence (requisito di residenza).</summary>
public enum ResidencyRequirement
{
    /// <summary>Open to anyone present in the territory (e.g. emergency, antiviolenza).</summary>
    None,
    /// <summary>Resident in Tuscany (or the region the catalogue belongs to).</summary>
    Region,
    /// <summary>Resident in one of the zone's comuni.</summary>
    Zone,
    /// <summary>Resident in the comune that pays for the service.</summary>
    Municipality,
}
