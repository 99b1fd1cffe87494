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
}
