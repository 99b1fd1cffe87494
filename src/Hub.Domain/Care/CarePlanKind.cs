using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("Which kind of personalised plan this is.")]
public enum CarePlanKind
{
    [Description("Piano Assistenziale Personalizzato (non-self-sufficiency).")]
    Pap,
    [Description("Piano Assistenziale Individualizzato (within a structure).")]
    Pai,
    [Description("Progetto di vita (disability, L. 227/2021).")]
    LifeProject,
    [Description("Percorso personalizzato di protezione e sostegno of a Centro antiviolenza (Intesa Stato-Regioni 27/11/2014): it holds the shelter stays placeInShelter writes, "
        + "drafted by the centre at the first emergency placement.")]
    ProtectionPathway,
}
