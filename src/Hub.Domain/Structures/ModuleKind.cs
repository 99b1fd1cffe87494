using System.ComponentModel;

namespace Hub.Domain.Structures;

[Description("The kind of a structure module (modulo), which sets the care intensity and tariff.")]
public enum ModuleKind
{
    [Description("Modulo base.")]
    Base,
    [Description("Bassa intensità assistenziale (BIA).")]
    LowIntensity,
    [Description("Modulo cognitivo-comportamentale (dementia).")]
    CognitiveBehavioural,
    [Description("Modulo motorio (motor disability).")]
    Motor,
    [Description("Ricovero di sollievo (respite).")]
    Respite,
    [Description("Semi-residenziale (day places).")]
    SemiResidential,
}
