namespace Hub.Domain.Organizations;

/// <summary>A staff member's profession (profilo professionale).</summary>
public enum Profession
{
    /// <summary>Assistente sociale.</summary>
    SocialWorker,
    /// <summary>Educatore professionale.</summary>
    Educator,
    /// <summary>Infermiere.</summary>
    Nurse,
    /// <summary>Medico.</summary>
    Physician,
    /// <summary>Operatore socio-sanitario (OSS).</summary>
    CareAssistant,
    /// <summary>Psicologo.</summary>
    Psychologist,
    /// <summary>Fisioterapista.</summary>
    Physiotherapist,
    /// <summary>Amministrativo.</summary>
    Administrative,
}
