using Hub.Domain.Common;

namespace Hub.Domain.FosterCare;

/// <summary>
/// A family in the registry of the Centro Affidi of a zone (banca dati delle famiglie affidatarie): the adults who
/// foster, their household, what they offer, the training they attended and the suitability assessment that lets
/// a minor be placed with them (L. 184/1983, art. 2). Seen by those who place minors in foster care in its zone.
/// </summary>
/// <remarks>
/// A family leaves the registry when it stops fostering (rinuncia, or the Centro Affidi's decision): WITHDRAWN is final for
/// that registration. It takes no new affido and its record stays, as history, with its trainings and assessments. A family
/// that offers again is registered anew (registerFosterFamily), and goes through training and assessment again: after a break
/// the Centro Affidi does not rely on a suitability judged on the family it knew before, so nothing re-admits an old record.
/// </remarks>
public sealed class FosterFamily : AuditableEntity
{
    private static readonly TransitionTable<FosterFamilyStatus> Transitions = new TransitionTable<FosterFamilyStatus>(nameof(FosterFamily))
        .Allow(AssessSuitable, FosterFamilyStatus.Suitable, FosterFamilyStatus.Candidate, FosterFamilyStatus.Suitable, FosterFamilyStatus.NotSuitable)
        .Allow(AssessNotSuitable, FosterFamilyStatus.NotSuitable, FosterFamilyStatus.Candidate, FosterFamilyStatus.Suitable, FosterFamilyStatus.NotSuitable)
        .Allow(Withdrawal, FosterFamilyStatus.Withdrawn, FosterFamilyStatus.Candidate, FosterFamilyStatus.Suitable, FosterFamilyStatus.NotSuitable);

    private const string AssessSuitable = "assess suitable";
    private const string AssessNotSuitable = "assess not suitable";
    private const string Withdrawal = "withdraw";

    private readonly List<FosterParent> parents = [];
    private readonly List<FosterTraining> trainings = [];

    private FosterFamily() { }

    /// <summary>Registers a candidate family of the zone's Centro Affidi, with one or two adults.</summary>
    /// <exception cref="DomainValidationException">No adult, more than two, the same person twice, or an availability out of bounds.</exception>
    public FosterFamily(Guid zoneId, IReadOnlyCollection<Guid> parentIds, Guid? householdId, FosterAvailability availability, DateOnly registeredOn, DateOnly today)
    {
        if (parentIds.Count is < 1 or > 2 || parentIds.Distinct().Count() != parentIds.Count)
            throw new DomainValidationException("ParentIds", "A foster family names one or two different adults (single or couple).");
        Guard.NotFuture(registeredOn, today, nameof(RegisteredOn));
        (ZoneId, HouseholdId, RegisteredOn) = (zoneId, householdId, registeredOn);
        parents.AddRange(parentIds.Select(id => new FosterParent(id)));
        ChangeAvailability(availability);
    }

    /// <summary>The zone whose Centro Affidi keeps the family (Zone).</summary>
    public Guid ZoneId { get; private set; }

    /// <summary>The family's household (Household), when registered.</summary>
    public Guid? HouseholdId { get; private set; }

    /// <summary>When the family entered the registry (data di iscrizione).</summary>
    public DateOnly RegisteredOn { get; private set; }

    /// <summary>Where the family stands: CANDIDATE until assessed, then SUITABLE or NOT_SUITABLE; WITHDRAWN once it leaves the registry.</summary>
    public FosterFamilyStatus Status { get; private set; } = FosterFamilyStatus.Candidate;

    /// <summary>What the family offers now (disponibilità); a change leaves the affidi in course as they are.</summary>
    public FosterAvailability Availability { get; private set; } = null!;

    /// <summary>The latest suitability assessment; null until assessed.</summary>
    public SuitabilityAssessment? Suitability { get; private set; }

    public IReadOnlyCollection<FosterParent> Parents => parents;
    public IReadOnlyCollection<FosterTraining> Trainings => trainings;

    /// <summary>Changes what the family offers; the minors it fosters stay, and a place counts only for new affidi.</summary>
    /// <exception cref="InvalidTransitionException">The family has left the registry.</exception>
    /// <exception cref="DomainValidationException">An availability out of bounds.</exception>
    public void ChangeAvailability(FosterAvailability availability)
    {
        EnsureInRegistry("change availability");
        Availability = availability.Validated();
    }

    /// <summary>
    /// Records the family's household anew (a family that moved, or a household recorded wrong), or none: the adults, their training,
    /// suitability and the affidi in course stay as they are, since no rule of an affido reads the household (it places the minor with the
    /// family, and the family is its adults). The caller finds the household through one of the adults (<paramref name="householdId"/>).
    /// </summary>
    /// <exception cref="InvalidTransitionException">The family has left the registry: its record is history.</exception>
    /// <exception cref="DomainValidationException">The household is the one recorded already.</exception>
    public void ChangeHousehold(Guid? householdId)
    {
        EnsureInRegistry("change household");
        if (householdId == HouseholdId)
            throw new DomainValidationException(nameof(HouseholdId), "The family's household is this one already: name the household it lives in now, or leave it out to record none.");
        HouseholdId = householdId;
    }

    /// <summary>Records a training session (corso di formazione) attended on <paramref name="attendedOn"/>, not before the registration nor in the future.</summary>
    /// <exception cref="InvalidTransitionException">The family has left the registry.</exception>
    public void RecordTraining(string? course, DateOnly attendedOn, DateOnly today)
    {
        EnsureInRegistry("record training");
        Guard.Happened(attendedOn, RegisteredOn, "the family was registered", today, nameof(FosterTraining.AttendedOn));
        trainings.Add(new FosterTraining(Guard.Required(course, nameof(FosterTraining.Course), 200), attendedOn));
    }

    /// <summary>
    /// Records the suitability assessment (valutazione di idoneità) by a staff member, after at least one training
    /// session: the family becomes SUITABLE or NOT_SUITABLE. A new assessment replaces the last.
    /// </summary>
    /// <exception cref="DomainValidationException">No training yet, a date out of order, or an assessor who had left by the day.</exception>
    /// <exception cref="InvalidTransitionException">The family has left the registry.</exception>
    public void Assess(SuitabilityOutcome outcome, DateOnly assessedOn, Organizations.StaffMember assessor, DateOnly today)
    {
        if (assessor.ClosedOn is { } left && left <= assessedOn)
            throw new DomainValidationException("AssessedById", $"{assessor.FirstName} {assessor.LastName} left on {left:yyyy-MM-dd}: the assessor is a staff member in post on the day.");
        if (trainings.Count == 0)
            throw new DomainValidationException(nameof(Suitability), "A family is assessed after its training: record a training session first.");
        Guard.Happened(assessedOn, trainings.Max(t => t.AttendedOn), "the latest training", today, "AssessedOn");
        Status = Transitions.Apply(Status, outcome == SuitabilityOutcome.Suitable ? AssessSuitable : AssessNotSuitable);
        Suitability = new SuitabilityAssessment(outcome, assessedOn, assessor.Id);
    }

    /// <summary>
    /// Withdraws the family from the registry (cancellazione dalla banca dati): it stops fostering, or the Centro Affidi ends
    /// its availability. Refused while it fosters a minor: an affido in course ends first (endFosterCare), since the minor's
    /// placement rests on the family being in the registry.
    /// </summary>
    /// <param name="affidiInCourse">The family's affidi in course (asked for or admitted), whoever's zone the minors come from.</param>
    /// <exception cref="InvalidTransitionException">The family is withdrawn already.</exception>
    /// <exception cref="DomainValidationException">The family fosters a minor now.</exception>
    public void Withdraw(int affidiInCourse)
    {
        var withdrawn = Transitions.Apply(Status, Withdrawal);
        if (affidiInCourse > 0)
            throw new DomainValidationException("FosterFamilyId",
                $"The family fosters {affidiInCourse} minor(s) now: end each affido first (endFosterCare), then withdraw the family.");
        Status = withdrawn;
    }

    // Training and availability belong to a family in the registry; a withdrawn one is history.
    private void EnsureInRegistry(string action)
    {
        if (Status == FosterFamilyStatus.Withdrawn)
            throw Transitions.Refusal(Status, action);
    }

    /// <summary>Refuses a placement with a family not assessed suitable, or withdrawn from the registry.</summary>
    internal void EnsureSuitable()
    {
        if (Status == FosterFamilyStatus.Withdrawn)
            throw new DomainValidationException("FosterFamilyId", "The family is WITHDRAWN from the registry and takes no new affido; a family offering again is registered anew.");
        if (Status != FosterFamilyStatus.Suitable)
            throw new DomainValidationException("FosterFamilyId", $"The family is {Status}, not SUITABLE: a minor is placed only with a family assessed suitable.");
    }
}
