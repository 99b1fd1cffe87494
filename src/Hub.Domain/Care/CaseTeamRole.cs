using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("A staff member's part in a case's team (ruolo nell'équipe).")]
public enum CaseTeamRole
{
    [Description("Responsabile del caso: the case manager, one at a time; kept in step with the case's caseManager.")]
    CaseManager,
    [Description("Assistente sociale: a social worker of the team besides the case manager (e.g. of Ser.D. or mental health).")]
    SocialWorker,
    [Description("Infermiere.")]
    Nurse,
    [Description("Educatore professionale.")]
    Educator,
    [Description("Psicologo.")]
    Psychologist,
    [Description("Medico (MMG, specialista, psichiatra).")]
    Physician,
    [Description("Terapista della riabilitazione.")]
    Therapist,
    [Description("Another professional.")]
    Other,
}
