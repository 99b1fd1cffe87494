using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.SocialRecord;

/// <summary>
/// One dated entry of a case's social diary (diario sociale). Append-only: nothing in it changes
/// after it is written; a correction is a new entry naming the one it corrects, and both stay.
/// Its text carries its own sensitivity: SOCIAL by default, HEALTH or JUDICIAL when marked, and
/// only readers cleared for that level read it.
/// </summary>
public sealed class DiaryEntry : AuditableEntity
{
    /// <summary>The levels an entry may be marked with.</summary>
    public static readonly Sensitivity[] Levels = [Sensitivity.Social, Sensitivity.Health, Sensitivity.Judicial];

    private List<string> participants = [];

    private DiaryEntry() { }

    /// <summary>
    /// Writes an entry on <paramref name="careCase"/>; <paramref name="corrects"/>, when given, must be an
    /// entry of the same case. <paramref name="occurredOn"/> lies between the case's opening and <paramref name="today"/>.
    /// </summary>
    public DiaryEntry(CareCase careCase, DiaryEntryKind kind, DateOnly occurredOn, Guid authorId, IEnumerable<string> participants,
        string? text, Sensitivity sensitivity, DiaryEntry? corrects, DateOnly today)
    {
        Guard.Happened(occurredOn, careCase.OpenedOn, "the case was opened", today, nameof(OccurredOn));
        if (!Levels.Contains(sensitivity))
            throw new DomainValidationException(nameof(Sensitivity), "A diary entry is SOCIAL, HEALTH or JUDICIAL.");
        if (corrects is not null && corrects.CareCaseId != careCase.Id)
            throw new DomainValidationException(nameof(CorrectsId), "A correction refers to an entry of the same case.");
        (CareCaseId, PersonId, Kind, OccurredOn, AuthorId) = (careCase.Id, careCase.PersonId, kind, occurredOn, authorId);
        this.participants = participants.Select(p => Guard.Required(p, nameof(Participants))).Distinct().ToList();
        Text = Guard.Required(text, nameof(Text), 20000);
        Sensitivity = sensitivity;
        CorrectsId = corrects?.Id;
    }

    public Guid CareCaseId { get; private set; }

    /// <summary>The case's person, whom the entry is about (for the audit trail).</summary>
    public Guid PersonId { get; private set; }

    public DiaryEntryKind Kind { get; private set; }
    public DateOnly OccurredOn { get; private set; }

    /// <summary>The staff member who writes it (StaffMember).</summary>
    public Guid AuthorId { get; private set; }

    /// <summary>Who took part, in words (la figlia, il MMG, l'educatore …).</summary>
    public IReadOnlyList<string> Participants => participants;

    public string Text { get; private set; } = "";

    /// <summary>What reading <see cref="Text"/> needs: SOCIAL, HEALTH or JUDICIAL.</summary>
    public Sensitivity Sensitivity { get; private set; }

    /// <summary>The entry this one corrects, when a correction.</summary>
    public Guid? CorrectsId { get; private set; }
}
