using System.ComponentModel;

namespace Hub.Domain.Structures;

[Description("The kind of a structure (struttura).")]
public enum StructureKind
{
    [Description("Residenza Sanitaria Assistenziale, for older people who are not self-sufficient.")]
    Rsa,
    [Description("Residenza Sanitaria per persone con Disabilità.")]
    Rsd,
    [Description("Centro diurno (semi-residential).")]
    DayCenter,
    [Description("Cure intermedie: short post-acute stays after hospital.")]
    IntermediateCare,
    [Description("Centro per le famiglie.")]
    FamilyCenter,
    [Description("Punto Insieme / sportello sociale: the access point to services.")]
    AccessPoint,
}
