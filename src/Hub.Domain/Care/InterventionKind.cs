using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("The kinds of intervention a plan (PAP, PAI, progetto quadro) may hold.")]
public enum InterventionKind
{
    [Description("Assistenza domiciliare diretta.")]
    HomeCareDirect,
    [Description("Assistenza domiciliare indiretta: voucher or contribution to a family carer.")]
    HomeCareIndirect,
    [Description("Inserimento semi-residenziale (centro diurno).")]
    SemiResidential,
    [Description("Inserimento residenziale temporaneo, respite included.")]
    TemporaryResidential,
    [Description("Inserimento residenziale permanente.")]
    PermanentResidential,
    [Description("Affido familiare: a minor placed with a foster family (placement of kind FOSTER_CARE), with the contribution to the family.")]
    FosterCare,
    [Description("Ospitalità in casa rifugio: the stay in a Centro antiviolenza's shelter (placement of kind SHELTER), written by placeInShelter into the case's protection pathway.")]
    Shelter,
}
