using System.ComponentModel;

namespace Hub.Domain.Territory;

[Description("How a zone's comuni and the Azienda USL run integrated services together.")]
public enum ZoneGovernance
{
    [Description("Società della Salute: a consortium of the comuni and the Azienda USL.")]
    HealthSociety,
    [Description("Convenzione socio-sanitaria: an agreement instead of a consortium.")]
    Convention,
}
