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
    [Description("Residential community for minors (comunità per minori: comunità familiare, comunità a dimensione familiare, comunità socio-educativa, pronta accoglienza). "
        + "DM 308/2001 art. 3 names only the comunità di tipo familiare (up to six users) and leaves the organisational requirements of communities for minors to the regions, "
        + "whose rules name the other kinds (in Tuscany, L.R. 41/2005 and its regulations). Only minors are placed in it; it sends the Procura presso il Tribunale per i minorenni "
        + "the list of its minors every six months (art. 9 c.2 L. 184/1983).")]
    MinorsCommunity,
    [Description("Casa rifugio (shelter): a house at a secret address where women who suffer violence, and their children, are hosted free of charge to protect them, "
        + "run by or linked to a Centro antiviolenza (Intesa Stato-Regioni 27/11/2014 art. 8–10, requisiti minimi delle case rifugio; DPCM 24/07/2014). Run by an "
        + "ANTI_VIOLENCE_CENTRE organisation; it, its modules, places and placements are seen by that centre only: no structure list, figure or event shows it to anyone else.")]
    Shelter,
}
