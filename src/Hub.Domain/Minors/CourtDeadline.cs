using Hub.Domain.Common;

namespace Hub.Domain.Minors;

/// <summary>
/// A report a court measure asks the service for by a date (relazione al Tribunale): PENDING until filed,
/// overdue while pending after its date. The report itself is named by its protocol reference; when the
/// case documents of issue 16 exist, a filed report is one of them and this record is where it is linked.
/// </summary>
public sealed class CourtDeadline : AuditableEntity
{
    private static readonly TransitionTable<CourtDeadlineStatus> Transitions = new TransitionTable<CourtDeadlineStatus>(nameof(CourtDeadline))
        .Allow("file", CourtDeadlineStatus.Filed, CourtDeadlineStatus.Pending);

    private CourtDeadline() { }

    internal CourtDeadline(CourtMeasure measure, string description, DateOnly dueOn) =>
        (CourtMeasureId, CareCaseId, PersonId, Description, DueOn) = (measure.Id, measure.CareCaseId, measure.PersonId, description, dueOn);

    public Guid CourtMeasureId { get; private set; }
    public Guid CareCaseId { get; private set; }

    /// <summary>The minor (for the audit trail).</summary>
    public Guid PersonId { get; private set; }

    /// <summary>What the court asks for, in words (relazione di aggiornamento, relazione sull'affido …).</summary>
    public string Description { get; private set; } = "";

    public DateOnly DueOn { get; private set; }
    public CourtDeadlineStatus Status { get; private set; } = CourtDeadlineStatus.Pending;
    public DateOnly? FiledOn { get; private set; }

    /// <summary>The filed report's protocol reference (numero di protocollo / deposito telematico).</summary>
    public string? FiledReference { get; private set; }

    /// <summary>Whether the report is still due after <paramref name="today"/>'s date has passed its due date.</summary>
    public bool IsOverdue(DateOnly today) => Status == CourtDeadlineStatus.Pending && DueOn < today;

    /// <summary>
    /// Records the report as filed on <paramref name="filedOn"/>, between the decree of <paramref name="measure"/> (the measure that set
    /// this deadline: a report answers the decree, so it cannot precede it) and <paramref name="today"/>; late filings are accepted and
    /// stay late. The bound is the decree's date, not the day the deadline was recorded: a service entering its past decrees records
    /// reports it filed before.
    /// </summary>
    public void File(CourtMeasure measure, DateOnly filedOn, string? reference, DateOnly today)
    {
        if (measure.Id != CourtMeasureId)
            throw new DomainValidationException(nameof(CourtMeasureId), "A deadline is filed against the measure that set it.");
        Guard.Happened(filedOn, measure.DecreedOn, "the decree", today, nameof(FiledOn));
        Status = Transitions.Apply(Status, "file");
        FiledOn = filedOn;
        FiledReference = Guard.Required(reference, nameof(FiledReference), 100);
    }

    /// <summary>Whether the report was filed after its due date.</summary>
    public bool FiledLate => FiledOn > DueOn;
}
