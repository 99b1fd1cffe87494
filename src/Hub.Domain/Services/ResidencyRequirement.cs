using System.ComponentModel;

namespace Hub.Domain.Services;

[Description("Who may access a service by residence (requisito di residenza).")]
public enum ResidencyRequirement
{
    [Description("Open to anyone present in the territory (e.g. emergency, antiviolenza).")]
    None,
    [Description("Resident in Tuscany (or the region the catalogue belongs to).")]
    Region,
    [Description("Resident in one of the zone's comuni.")]
    Zone,
    [Description("Resident in the comune that pays for the service.")]
    Municipality,
}
