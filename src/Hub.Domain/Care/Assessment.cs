using Hub.Domain.Common;
using Hub.Domain.Organizations;

namespace Hub.Domain.Care;

/// <summary>
/// A valutazione multidimensionale by the UVM (Unità di Valutazione Multidisciplinare).
/// Recorded once and never changed: a new condition means a new assessment.
/// </summary>
public sealed class Assessment : AuditableEntity
{
    private readonly List<AssessmentScore> scores = [];
    private readonly List<StaffMember> members = [];

    private Assessment() { }

    private Assessment(CareCase careCase, AssessmentKind kind, string instrument, int careNeedLevel, DateOnly assessedOn, string rulesetVersion)
    {
        CareCaseId = careCase.Id;
        PersonId = careCase.PersonId;
        Kind = kind;
        Instrument = Guard.Required(instrument, nameof(Instrument), 50);
        if (careNeedLevel is < 1 or > 5)
            throw new DomainValidationException(nameof(CareNeedLevel), "The care-need level (isogravità) goes from 1 to 5.");
        CareNeedLevel = careNeedLevel;
        AssessedOn = assessedOn;
        RulesetVersion = Guard.Required(rulesetVersion, nameof(RulesetVersion), 30);
    }

    public Guid CareCaseId { get; private set; }
    public Guid PersonId { get; private set; }
    public AssessmentKind Kind { get; private set; }

    /// <summary>Whom it assesses: the person, or for the UVM for minors the minor or the family.</summary>
    public AssessmentSubject Subject { get; private set; } = AssessmentSubject.Person;

    /// <summary>The instrument used (e.g. "SVAMA", "SVAMDI", "BINA").</summary>
    public string Instrument { get; private set; } = "";

    /// <summary>Livello di isogravità del bisogno, 1 (low) to 5 (highest).</summary>
    public int CareNeedLevel { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    /// <summary>The version of the regional rules the level was computed under.</summary>
    public string RulesetVersion { get; private set; } = "";

    public IReadOnlyList<AssessmentScore> Scores => scores;
    public IReadOnlyCollection<StaffMember> Members => members;

    /// <summary>
    /// Records an assessment on a case: a first assessment while it is being assessed,
    /// a periodic one on an active or reassessing case, an extraordinary one on any open case;
    /// dated between the case's opening and <paramref name="today"/>. The UVM for minors assesses the minor and the
    /// family of a MINORS_FAMILIES case only.
    /// </summary>
    public static Assessment Record(CareCase careCase, AssessmentKind kind, string instrument, int careNeedLevel,
        DateOnly assessedOn, string rulesetVersion, IEnumerable<AssessmentScore> scores, IEnumerable<StaffMember> members, DateOnly today,
        AssessmentSubject subject = AssessmentSubject.Person)
    {
        EnsureCaseAccepts(careCase, kind);
        if (subject != AssessmentSubject.Person && careCase.Area != Services.ServiceArea.MinorsFamilies)
            throw new DomainValidationException(nameof(Subject), "The minor and the family are assessed by the UVM for minors on a MINORS_FAMILIES case.");
        Guard.Happened(assessedOn, careCase.OpenedOn, "the case was opened", today, nameof(AssessedOn));
        var assessment = new Assessment(careCase, kind, instrument, careNeedLevel, assessedOn, rulesetVersion) { Subject = subject };
        assessment.scores.AddRange(scores);
        assessment.members.AddRange(members);
        if (assessment.members.Count == 0)
            throw new DomainValidationException(nameof(Members), "A UVM assessment names at least one member.");
        return assessment;
    }

    private static void EnsureCaseAccepts(CareCase careCase, AssessmentKind kind)
    {
        var accepted = kind switch
        {
            AssessmentKind.First => careCase.Status == CareCaseStatus.Assessing,
            AssessmentKind.Periodic => careCase.Status is CareCaseStatus.Active or CareCaseStatus.Reassessing,
            _ => careCase.IsOpen,
        };
        if (!accepted)
            throw new InvalidTransitionException(nameof(CareCase), careCase.Status.ToString(), $"take a {kind} assessment");
    }
}
