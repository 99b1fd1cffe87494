using Hub.Domain.Common;

namespace Hub.Domain.FosterCare;

/// <summary>
/// A family in the registry of the Centro Affidi of a zone (banca dati delle famiglie affidatarie): the adults who
/// foster, their household, what they offer, the training they attended and the suitability assessment that lets
/// a minor be placed with them (L. 184/1983, art. 2). Seen by those who place minors in foster care in its zone.
/// </summary>
public sealed class FosterFamily : AuditableEntity
{
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

    public DateOnly RegisteredOn { get; private set; }
    public FosterFamilyStatus Status { get; private set; } = FosterFamilyStatus.Candidate;
    public FosterAvailability Availability { get; private set; } = null!;

    /// <summary>The latest suitability assessment; null until assessed.</summary>
    public SuitabilityAssessment? Suitability { get; private set; }

    public IReadOnlyCollection<FosterParent> Parents => parents;
    public IReadOnlyCollection<FosterTraining> Trainings => trainings;

    /// <summary>Changes what the family offers.</summary>
    public void ChangeAvailability(FosterAvailability availability) => Availability = availability.Validated();

    /// <summary>Records a training session (corso di formazione) attended on <paramref name="attendedOn"/>, not before the registration nor in the future.</summary>
    public void RecordTraining(string? course, DateOnly attendedOn, DateOnly today)
    {
        Guard.Happened(attendedOn, RegisteredOn, "the family was registered", today, nameof(FosterTraining.AttendedOn));
        trainings.Add(new FosterTraining(Guard.Required(course, nameof(FosterTraining.Course), 200), attendedOn));
    }

    /// <summary>
    /// Records the suitability assessment (valutazione di idoneità) by a staff member, after at least one training
    /// session: the family becomes SUITABLE or NOT_SUITABLE. A new assessment replaces the last.
    /// </summary>
    public void Assess(SuitabilityOutcome outcome, DateOnly assessedOn, Guid assessedById, DateOnly today)
    {
        if (trainings.Count == 0)
            throw new DomainValidationException(nameof(Suitability), "A family is assessed after its training: record a training session first.");
        Guard.Happened(assessedOn, trainings.Max(t => t.AttendedOn), "the latest training", today, "AssessedOn");
        Suitability = new SuitabilityAssessment(outcome, assessedOn, assessedById);
        Status = outcome == SuitabilityOutcome.Suitable ? FosterFamilyStatus.Suitable : FosterFamilyStatus.NotSuitable;
    }

    /// <summary>Refuses a placement with a family not assessed suitable.</summary>
    internal void EnsureSuitable()
    {
        if (Status != FosterFamilyStatus.Suitable)
            throw new DomainValidationException("FosterFamilyId", $"The family is {Status}, not SUITABLE: a minor is placed only with a family assessed suitable.");
    }
}

/// <summary>One adult of a foster family (Person); part of the family.</summary>
public sealed class FosterParent : Entity
{
    private FosterParent() { }

    internal FosterParent(Guid personId) => PersonId = personId;

    public Guid PersonId { get; private set; }
}

/// <summary>A training session a family attended (formazione); part of the family.</summary>
public sealed class FosterTraining : Entity
{
    private FosterTraining() { }

    internal FosterTraining(string course, DateOnly attendedOn) => (Course, AttendedOn) = (course, attendedOn);

    /// <summary>The course or meeting, in words.</summary>
    public string Course { get; private set; } = "";

    public DateOnly AttendedOn { get; private set; }
}

/// <summary>The suitability assessment of a family (valutazione di idoneità): outcome, date, the staff member who made it.</summary>
public sealed record SuitabilityAssessment(SuitabilityOutcome Outcome, DateOnly AssessedOn, Guid AssessedById);
