using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Domain.FosterCare;

namespace Hub.Api.FosterCare;

[Description("Registers a candidate family in the foster registry of a zone the caller serves (iscrizione alla banca dati affidi).")]
public sealed record RegisterFosterFamilyInput(
    [property: Id, Description("The zone whose Centro Affidi keeps it (Zone id).")] string ZoneId,
    [property: Description("The adults who foster, one or two persons already registered, by codice fiscale.")] IReadOnlyList<string> ParentFiscalCodes,
    [property: Id, Description("The family's household (Household id), when registered.")] string? HouseholdId,
    [property: Description("What the family offers.")] FosterAvailabilityInput Availability,
    [property: Description("Registration date; today when omitted.")] DateOnly? RegisteredOn);

[Description("What a foster family offers (disponibilità): at least one schedule and one setting.")]
public sealed record FosterAvailabilityInput(
    [property: Description("Accepts full-time affidi.")] bool FullTime,
    [property: Description("Accepts part-time affidi.")] bool PartTime,
    [property: Description("Accepts residential affidi.")] bool Residential,
    [property: Description("Accepts daytime affidi.")] bool Daytime,
    [property: Description("Youngest age accepted, 0 to 17.")] int MinAge,
    [property: Description("Oldest age accepted, 0 to 17.")] int MaxAge,
    [property: Description("How many minors at once, 1 to 6.")] int Places)
{
    /// <summary>The domain's value, checked when a family takes it (<see cref="FosterFamily.ChangeAvailability"/>).</summary>
    public FosterAvailability ToDomain() => new(FullTime, PartTime, Residential, Daytime, MinAge, MaxAge, Places);
}

[Description("Records a training session a family attended (formazione).")]
public sealed record RecordFosterTrainingInput(
    [property: Id, Description("The family (FosterFamily id).")] string FosterFamilyId,
    [property: Column<FosterTraining>(nameof(FosterTraining.Course)), Description("The course or meeting.")] string Course,
    [property: Description("When it was attended; today when omitted.")] DateOnly? AttendedOn,
    [property: Description("The version read; the change is refused when the family has changed since.")] long? ExpectedVersion);

[Description("Records a family's suitability assessment (valutazione di idoneità), after its training.")]
public sealed record AssessFosterFamilyInput(
    [property: Id, Description("The family (FosterFamily id).")] string FosterFamilyId,
    [property: Description("Suitable or not.")] SuitabilityOutcome Outcome,
    [property: Description("When; today when omitted.")] DateOnly? AssessedOn,
    [property: Id, Description("The staff member who assessed (StaffMember id).")] string AssessedById,
    [property: Description("The version read; the change is refused when the family has changed since.")] long? ExpectedVersion);

[Description("Starts an affido familiare: a FOSTER_CARE placement of the minor of a plan's FOSTER_CARE intervention with a suitable family.")]
public sealed record StartFosterCareInput(
    [property: Id, Description("The plan's FOSTER_CARE intervention (Intervention id).")] string InterventionId,
    [property: Id, Description("The family (FosterFamily id); SUITABLE, offering these terms and the minor's age.")] string FosterFamilyId,
    [property: Description("Consensual or judicial.")] FosterCareBasis Basis,
    [property: Description("Intra- or hetero-familial.")] FosterCareRelation Relation,
    [property: Description("Full-time or part-time.")] FosterCareSchedule Schedule,
    [property: Description("Residential or daytime.")] FosterCareSetting Setting,
    [property: Id, Description("For a judicial affido, the court measure of the same case that orders it (CourtMeasure id); none for a consensual one.")] string? CourtMeasureId,
    [property: Description("Start date, not in the future; today when omitted.")] DateOnly? StartsOn,
    [property: Description("Planned end: after the start, within 24 months (durata prevista, L. 184/1983 art. 4).")] DateOnly PlannedEndOn,
    [property: Id, Description("For a transfer (a community's guest, or a minor moving to another family), the minor's placement that holds its place now (Placement id), of the affido's own case (else NotFound): it ends on the start day. "
        + "Without it, a minor placed already (before today, also out of the caller's sight) is refused.")] string? ReplacesPlacementId = null);

[Description("Records a periodic review of an affido in course (verifica semestrale).")]
public sealed record ReviewFosterCareInput(
    [property: Id, Description("The affido (Placement id).")] string PlacementId,
    [property: Description("When it was held; today when omitted.")] DateOnly? ReviewedOn,
    [property: Column<FosterCareReview>(nameof(FosterCareReview.Outcome)), Description("What it found, in words.")] string Outcome,
    [property: Description("When the next review is due: after this one, within six months.")] DateOnly NextReviewOn);

[Description("Ends an affido with its outcome (conclusione dell'affido).")]
public sealed record EndFosterCareInput(
    [property: Id, Description("The affido (Placement id).")] string PlacementId,
    [property: Description("How it ended.")] FosterCareOutcome Outcome,
    [property: Description("End date, between the start and today; today when omitted.")] DateOnly? EndedOn,
    [property: Description("The version read; the change is refused when the placement has changed since.")] long? ExpectedVersion);
