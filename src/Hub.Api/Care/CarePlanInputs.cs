using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Domain.Care;

namespace Hub.Api.Care;

[Description("Drafts the first care plan of a case (bozza di PAP).")]
public sealed record DraftCarePlanInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Description("PAP, PAI or Progetto di vita.")] CarePlanKind Type,
    [property: Description("Goals of the plan (obiettivi).")] string Goals);

[Description("A change of state of a care plan that needs nothing more than the plan.")]
public sealed record CarePlanActionInput(
    [property: Id, Description("The plan (CarePlan id).")] string CarePlanId,
    [property: Description("The version read; the change is refused when the plan has changed since.")] long? ExpectedVersion);

[Description("Activates a proposed plan on the strength of an assessment (attivazione e firma del PAP).")]
public sealed record ActivateCarePlanInput(
    [property: Id, Description("The plan (CarePlan id).")] string CarePlanId,
    [property: Id, Description("The assessment of the same case it rests on (Assessment id).")] string AssessmentId,
    [property: Column<CarePlan>(nameof(CarePlan.SignedBy)), Description("Who signs it (firmatario).")] string SignedBy,
    [property: Description("When it must be reviewed (data di verifica).")] DateOnly ReviewDue,
    [property: Description("The version read; the change is refused when the plan has changed since.")] long? ExpectedVersion);

[Description("Adds an intervention to a draft plan.")]
public sealed record AddInterventionInput(
    [property: Id, Description("The draft plan (CarePlan id).")] string CarePlanId,
    [property: Description("The intervention.")] InterventionInput Intervention,
    [property: Description("The version read; the change is refused when the plan has changed since.")] long? ExpectedVersion);

[Description("Replaces what an intervention of a draft plan says.")]
public sealed record ChangeInterventionInput(
    [property: Id, Description("The intervention (Intervention id).")] string InterventionId,
    [property: Description("What it says now.")] InterventionInput Intervention,
    [property: Description("The intervention's version read; refused when it has changed since.")] long? ExpectedVersion);

[Description("Removes an intervention from a draft plan.")]
public sealed record RemoveInterventionInput(
    [property: Id, Description("The intervention (Intervention id).")] string InterventionId,
    [property: Description("The intervention's version read; refused when it has changed since.")] long? ExpectedVersion);

[Description("One intervention of a plan (intervento): one of the five PAP kinds.")]
public sealed record InterventionInput(
    [property: Description("The PAP kind (tipologia).")] InterventionKind Kind,
    [property: Id, Description("The catalogue service (Service id).")] string ServiceId,
    [property: Id, Description("Who delivers it (Organization id), when chosen.")] string? ProviderId,
    [property: Column<Intervention>(nameof(Intervention.Frequency)), Description("How often, in words (frequenza).")] string? Frequency,
    [property: Column<Intervention>(nameof(Intervention.WeeklyHours)), Description("Hours per week (ore settimanali).")] decimal? WeeklyHours,
    [property: Description("Start date (data di inizio).")] DateOnly StartsOn,
    [property: Description("End date; required for temporary residential stays (data di fine).")] DateOnly? EndsOn,
    [property: Column<CostShares>(nameof(CostShares.Health)), Description("Daily share paid by the ASL, € (quota sanitaria); 0 when omitted.")] decimal? HealthShare,
    [property: Column<CostShares>(nameof(CostShares.Social)), Description("Daily share from the social fund, € (quota sociale); 0 when omitted.")] decimal? SocialShare,
    [property: Column<CostShares>(nameof(CostShares.User)), Description("Daily share paid by the person, € (compartecipazione); 0 when omitted.")] decimal? UserShare,
    [property: Column<CostShares>(nameof(CostShares.Municipality)), Description("Daily share paid by the comune, € (quota comunale); 0 when omitted.")] decimal? MunicipalityShare);
