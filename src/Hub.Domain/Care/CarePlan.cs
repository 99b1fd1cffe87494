using Hub.Domain.Common;
using Hub.Domain.Events;

namespace Hub.Domain.Care;

/// <summary>
/// A personalised care plan (PAP, PAI or Progetto di vita; FHIR CarePlan). Interventions change only
/// while it is a draft; a revision is a new version that supersedes this one when activated.
/// </summary>
public sealed class CarePlan : AuditableEntity
{
    private static readonly TransitionTable<CarePlanStatus> Transitions = new TransitionTable<CarePlanStatus>(nameof(CarePlan))
        .Allow("propose", CarePlanStatus.Proposed, CarePlanStatus.Draft)
        .Allow("activate", CarePlanStatus.Active, CarePlanStatus.Proposed)
        .Allow("suspend", CarePlanStatus.Suspended, CarePlanStatus.Active)
        .Allow("resume", CarePlanStatus.Active, CarePlanStatus.Suspended)
        .Allow("supersede", CarePlanStatus.Superseded, CarePlanStatus.Active, CarePlanStatus.Suspended)
        .Allow("complete", CarePlanStatus.Completed, CarePlanStatus.Active)
        .Allow("revoke", CarePlanStatus.Revoked, CarePlanStatus.Active, CarePlanStatus.Suspended)
        .Allow("revise", CarePlanStatus.Active, CarePlanStatus.Active, CarePlanStatus.Suspended)
        .Allow("change interventions", CarePlanStatus.Draft, CarePlanStatus.Draft);

    private readonly List<Intervention> interventions = [];

    private CarePlan() { }

    public CarePlan(CareCase careCase, CarePlanKind type, string goals)
    {
        careCase.EnsureOpen("draft a plan");
        CareCaseId = careCase.Id;
        PersonId = careCase.PersonId;
        Type = type;
        Revision = 1;
        SetGoals(goals);
    }

    public Guid CareCaseId { get; private set; }
    public Guid PersonId { get; private set; }
    public CarePlanKind Type { get; private set; }

    /// <summary>Plan version number: 1 for the first plan, +1 for each revision.</summary>
    public int Revision { get; private set; }

    public Guid? PreviousPlanId { get; private set; }
    public string Goals { get; private set; } = "";
    public CarePlanStatus Status { get; private set; } = CarePlanStatus.Draft;
    public Guid? AssessmentId { get; private set; }
    public string? SignedBy { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public DateOnly? ReviewDue { get; private set; }
    public IReadOnlyList<Intervention> Interventions => interventions;

    /// <summary>Signed and not ended: ACTIVE or SUSPENDED (its interventions run).</summary>
    public bool IsInForce => Status is CarePlanStatus.Active or CarePlanStatus.Suspended;

    public void SetGoals(string goals) => Goals = Guard.Required(goals, nameof(Goals), 8000);

    public Intervention AddIntervention(InterventionDetails details)
    {
        Transitions.Apply(Status, "change interventions");
        var intervention = new Intervention(Id, details);
        interventions.Add(intervention);
        return intervention;
    }

    public void ChangeIntervention(Guid interventionId, InterventionDetails details)
    {
        Transitions.Apply(Status, "change interventions");
        Find(interventionId).Change(details);
    }

    /// <summary>
    /// The comune records the share it pays of one intervention (quota sociale a carico del comune, € a day),
    /// on a plan being prepared or in force: its decision usually follows the plan's activation, so unlike the
    /// rest of an intervention it is not frozen with the draft; an ended plan's shares are history.
    /// </summary>
    /// <exception cref="InvalidTransitionException">The plan is superseded, completed or revoked.</exception>
    public Intervention RecordMunicipalShare(Guid interventionId, decimal dailyShare)
    {
        if (Status is CarePlanStatus.Superseded or CarePlanStatus.Completed or CarePlanStatus.Revoked)
            throw new InvalidTransitionException(nameof(CarePlan), Status.ToString(), "record the comune's share");
        var intervention = Find(interventionId);
        intervention.RecordMunicipalShare(dailyShare);
        return intervention;
    }

    public void RemoveIntervention(Guid interventionId)
    {
        Transitions.Apply(Status, "change interventions");
        interventions.Remove(Find(interventionId));
    }

    public void Propose()
    {
        if (interventions.Count == 0)
            throw new DomainValidationException(nameof(Interventions), "A plan needs at least one intervention before it is proposed.");
        Status = Transitions.Apply(Status, "propose");
    }

    /// <summary>
    /// Activates the plan on the strength of an assessment of the same case. A revision supersedes the
    /// version it revises (<paramref name="revised"/>, required exactly when <see cref="PreviousPlanId"/> is set),
    /// and a case being (re)assessed is taken in charge. Nothing changes when any part is refused.
    /// <paramref name="signedOn"/> is the business date of <paramref name="signedAt"/> (the Italian date,
    /// not the UTC one: see <see cref="BusinessClock"/>); the review may not fall before it.
    /// </summary>
    public void Activate(Assessment assessment, CareCase careCase, CarePlan? revised, string signedBy, DateTimeOffset signedAt, DateOnly signedOn, DateOnly reviewDue)
    {
        if (careCase.Id != CareCaseId)
            throw new ArgumentException("Activate a plan with its own case.", nameof(careCase));
        if (revised?.Id != PreviousPlanId)
            throw new ArgumentException("Activate a revision with the version it revises, and a first version with none.", nameof(revised));
        if (assessment.CareCaseId != CareCaseId)
            throw new DomainValidationException(nameof(AssessmentId), "The assessment belongs to another case.");
        if (signedOn > reviewDue)
            throw new DomainValidationException(nameof(ReviewDue), "The review date is before the signature.");
        var next = Transitions.Apply(Status, "activate");
        SignedBy = Guard.Required(signedBy, nameof(SignedBy));
        var revisedNext = revised is null ? (CarePlanStatus?)null : Transitions.Apply(revised.Status, "supersede");
        Status = next;
        AssessmentId = assessment.Id;
        SignedAt = signedAt;
        ReviewDue = reviewDue;
        Raise(ChangeType.CarePlanActivated);
        if (revised is not null)
        {
            revised.Status = revisedNext!.Value;
            revised.Raise(ChangeType.CarePlanSuperseded);
        }
        careCase.PlanActivated();
    }

    /// <summary>
    /// Records a review of the plan in force on <paramref name="reviewedOn"/> (not before its signature, not in the future):
    /// each goal's outcome, and the next review, which becomes <see cref="ReviewDue"/> (verifica).
    /// </summary>
    public PlanReview Review(DateOnly reviewedOn, DateOnly nextReviewOn, IReadOnlyCollection<GoalReview> goals, string? notes, DateOnly today)
    {
        if (!IsInForce)
            throw new InvalidTransitionException(nameof(CarePlan), Status.ToString(), "review");
        // The UTC date of the signature is never after its Italian business date: a lenient bound that never refuses a true one.
        Guard.Happened(reviewedOn, DateOnly.FromDateTime(SignedAt!.Value.UtcDateTime), "the plan was signed", today, "ReviewedOn");
        var review = new PlanReview(this, reviewedOn, nextReviewOn, goals, notes);
        ReviewDue = nextReviewOn;
        return review;
    }

    public void Suspend() => Move("suspend", ChangeType.CarePlanSuspended);
    public void Resume() => Move("resume", ChangeType.CarePlanActivated);
    public void Supersede() => Move("supersede", ChangeType.CarePlanSuperseded);
    public void Complete() => Move("complete", ChangeType.CarePlanEnded);
    public void Revoke() => Move("revoke", ChangeType.CarePlanEnded);

    /// <summary>Starts the next version as a draft holding copies of this plan's interventions.</summary>
    public CarePlan Revise()
    {
        Transitions.Apply(Status, "revise");
        var next = new CarePlan
        {
            CareCaseId = CareCaseId,
            PersonId = PersonId,
            Type = Type,
            Revision = Revision + 1,
            PreviousPlanId = Id,
            Goals = Goals,
        };
        foreach (var intervention in interventions)
            next.interventions.Add(new Intervention(next.Id, intervention.Details));
        return next;
    }

    private void Move(string action, ChangeType change)
    {
        Status = Transitions.Apply(Status, action);
        Raise(change);
    }

    private Intervention Find(Guid interventionId) =>
        interventions.SingleOrDefault(i => i.Id == interventionId)
        ?? throw new DomainValidationException("InterventionId", $"Intervention {interventionId} is not part of this plan.");
}
