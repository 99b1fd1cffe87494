namespace Hub.Domain.Care;

/// <summary>Which kind of personalised plan this is.</summary>
public enum CarePlanType
{
    /// <summary>Piano Assistenziale Personalizzato (non-self-sufficiency).</summary>
    Pap,
    /// <summary>Piano Assistenziale Individualizzato (within a structure).</summary>
    Pai,
    /// <summary>Progetto di vita (disability, L. 227/2021).</summary>
    LifeProject,
}
