using System.ComponentModel;

namespace Hub.Domain.Organizations;

[Description("A staff member's profession (profilo professionale).")]
public enum Profession
{
    [Description("Assistente sociale.")]
    SocialWorker,
    [Description("Educatore professionale.")]
    Educator,
    [Description("Infermiere.")]
    Nurse,
    [Description("Medico.")]
    Physician,
    [Description("Operatore socio-sanitario (OSS).")]
    CareAssistant,
    [Description("Psicologo.")]
    Psychologist,
    [Description("Fisioterapista.")]
    Physiotherapist,
    [Description("Amministrativo.")]
    Administrative,
}
