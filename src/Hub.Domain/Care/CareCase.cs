using Hub.Domain.Common;
using Hub.Domain.Events;
using Hub.Domain.Services;

namespace Hub.Domain.Care;

/// <summary>A presa in carico: one person followed by a zone's services in one area (FHIR EpisodeOfCare).</summary>
public sealed class CareCase : AuditableEntity
{
    private static readonly TransitionTable<CareCaseStatus> Transitions = new TransitionTable<CareCaseStatus>(nameof(CareCase))
        .Allow("start assessment", CareCaseStatus.Assessing, CareCaseStatus.Referred)
        .Allow("activate", CareCaseStatus.Active, CareCaseStatus.Assessing, CareCaseStatus.Reassessing)
        .Allow("suspend", CareCaseStatus.Suspended, CareCaseStatus.Active)
        .Allow("resume", CareCaseStatus.Active, CareCaseStatus.Suspended)
        .Allow("reassess", CareCaseStatus.Reassessing, CareCaseStatus.Active)
        .Allow("close", CareCaseStatus.Closed, Open)
        .Allow("cancel", CareCaseStatus.Cancelled, Open)
        .Allow("reopen", CareCaseStatus.Referred, CareCaseStatus.Closed);

    private static CareCaseStatus[] Open =>
        [CareCaseStatus.Referred, CareCaseStatus.Assessing, CareCaseStatus.Active, CareCaseStatus.Suspended, CareCaseStatus.Reassessing];

    private readonly List<CaseTransition> history = [];

    private CareCase() { }

    /// <summary>Opens a case; <paramref name="openedOn"/> is not in the future (<paramref name="today"/>).</summary>
    public CareCase(Guid personId, Guid zoneId, ServiceArea area, AccessChannel channel, DateOnly openedOn, DateOnly today)
    {
        Guard.NotFuture(openedOn, today, nameof(OpenedOn));
        PersonId = personId;
        ZoneId = zoneId;
        Area = area;
        AccessChannel = channel;
        OpenedOn = openedOn;
        history.Add(new CaseTransition(Id, Episode, "open", null, Status, null));
        Raise(ChangeType.CaseOpened);
    }

    public Guid PersonId { get; private set; }
    public Guid ZoneId { get; private set; }
    public ServiceArea Area { get; private set; }
    public AccessChannel AccessChannel { get; private set; }
    public CareCaseStatus Status { get; private set; } = CareCaseStatus.Referred;
    public Guid? CaseManagerId { get; private set; }

    /// <summary>The Centro antiviolenza that holds the case (Organization): while set, only its operators reach the case (issue 17).</summary>
    public Guid? CentreId { get; private set; }

    /// <summary>Makes a new case one of <paramref name="centreId"/>'s own.</summary>
    internal void HoldAt(Guid centreId) => CentreId = centreId;

    public DateOnly OpenedOn { get; private set; }

    /// <summary>1, then one more at each reopening: a reopened case keeps its history under a new episode.</summary>
    public int Episode { get; private set; } = 1;

    /// <summary>Every change of state, in order, as added since the case was loaded (the stored history is read as <see cref="CaseTransition"/> rows).</summary>
    public IReadOnlyCollection<CaseTransition> History => history;
    public DateOnly? ClosedOn { get; private set; }
    public ClosureReason? ClosureReason { get; private set; }

    /// <summary>Social worker's notes (SOCIAL sensitivity).</summary>
    public string? Notes { get; private set; }

    public bool IsOpen => Transitions.Allows(Status, "close");

    public void AssignCaseManager(Guid staffMemberId)
    {
        EnsureOpen("assign a case manager");
        CaseManagerId = staffMemberId;
        Raise(ChangeType.CaseAssigned);
    }

    public void WriteNotes(string? notes) => Notes = Guard.Optional(notes, nameof(Notes), 8000);

    public void StartAssessment() => Move("start assessment", null);
    public void Activate() => Move("activate", null);
    public void Suspend() => Move("suspend", null);
    public void Resume() => Move("resume", null);
    public void Reassess() => Move("reassess", null);

    /// <summary>A plan coming into force puts a case that was being (re)assessed in charge.</summary>
    public void PlanActivated()
    {
        if (Status is CareCaseStatus.Assessing or CareCaseStatus.Reassessing)
            Activate();
    }

    /// <summary>Closes the case on a day between its opening and <paramref name="today"/>.</summary>
    public void Close(ClosureReason reason, DateOnly on, DateOnly today)
    {
        Guard.Happened(on, OpenedOn, "the case was opened", today, nameof(ClosedOn));
        Move("close", reason.ToString());
        ClosureReason = reason;
        ClosedOn = on;
        Raise(ChangeType.CaseClosed);
    }

    /// <summary>Cancels the case on a day between its opening and <paramref name="today"/>.</summary>
    public void Cancel(DateOnly on, DateOnly today)
    {
        Guard.Happened(on, OpenedOn, "the case was opened", today, nameof(ClosedOn));
        Move("cancel", null);
        ClosedOn = on;
        Raise(ChangeType.CaseClosed);
    }

    /// <summary>
    /// Reopens a closed case as a new episode (riapertura), back to REFERRED, for the <paramref name="reason"/> given (required);
    /// the closure is cleared from the case and kept in its history.
    /// </summary>
    public void Reopen(string? reason)
    {
        Guard.Required(reason, "Reason", 2000);
        Transitions.Apply(Status, "reopen");
        Episode++;
        Move("reopen", reason);
        ClosedOn = null;
        ClosureReason = null;
        Raise(ChangeType.CaseOpened);
    }

    private void Move(string action, string? reason)
    {
        var next = Transitions.Apply(Status, action);
        history.Add(new CaseTransition(Id, Episode, action, Status, next, reason));
        Status = next;
    }

    internal void EnsureOpen(string action)
    {
        if (!IsOpen)
            throw new InvalidTransitionException(nameof(CareCase), Status.ToString(), action);
    }
}
