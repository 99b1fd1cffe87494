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
    [Description("Comunità familiare / a dimensione familiare for minors: a family-like home of at most six minors run by resident adults (DM 308/2001 art. 3).")]
    FamilyCommunity,
    [Description("Comunità socio-educativa for minors: educators in shifts, up to ten minors (DPGR Toscana 2/R/2018).")]
    SocioEducationalCommunity,
    [Description("Pronta accoglienza for minors: emergency reception, e.g. after a removal under art. 403 c.c., for a short stay.")]
    EmergencyReception,
}
