using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("What a placement places the person in (tipo di inserimento).")]
public enum PlacementKind
{
    [Description("A place in a structure's module (inserimento in struttura): requested, offered, admitted, discharged.")]
    Structure,
    [Description("Affido familiare: a minor placed with a foster family of the registry; no module, no place of a structure.")]
    FosterCare,
    [Description("Ospitalità in casa rifugio: a woman under a Centro antiviolenza's protection placed by the centre in a module of its own shelter, admitted at once "
        + "(placeInShelter) and ended by the centre (endShelterStay); seen by the centre and the case's team only.")]
    Shelter,
}
