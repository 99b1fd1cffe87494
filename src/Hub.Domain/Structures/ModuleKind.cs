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
    [Description("Comunità familiare / a dimensione familiare for minors: a family-like home in an ordinary dwelling (DM 308/2001 art. 3 c.1: comunità di tipo familiare, up to six users, with the structural requirements of a dwelling; the organisational requirements for minors are the region's).")]
    FamilyCommunity,
    [Description("Comunità socio-educativa for minors: run by educators (a regional kind of structure: its size and staff are set by the region's rules, not by DM 308/2001).")]
    SocioEducationalCommunity,
    [Description("Pronta accoglienza for minors: emergency reception, e.g. after a removal under art. 403 c.c., for a short stay.")]
    EmergencyReception,
    [Description("Posti in casa rifugio: the places of a shelter (SHELTER structure), for the emergency or planned stay of women under a Centro antiviolenza's protection; the only kind a shelter holds.")]
    Shelter,
}
