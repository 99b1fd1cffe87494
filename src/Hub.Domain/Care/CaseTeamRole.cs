using System.ComponentModel;
using Hub.Domain.Audit;

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

/// <summary>What reading a team member's role needs.</summary>
public static class CaseTeamRoles
{
    /// <summary>
    /// HEALTH for the clinical roles (nurse, psychologist, physician, therapist): a psychologist or a psychiatrist on the team says the
    /// person is in mental-health or addiction care as plainly as a diagnosis would. SOCIAL, as the rest of the case, for the others.
    /// </summary>
    public static Sensitivity LevelOf(CaseTeamRole role) =>
        role is CaseTeamRole.Nurse or CaseTeamRole.Psychologist or CaseTeamRole.Physician or CaseTeamRole.Therapist ? Sensitivity.Health : Sensitivity.Social;
}
