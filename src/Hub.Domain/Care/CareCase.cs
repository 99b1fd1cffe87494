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
        .Allow("cancel", CareCaseStatus.Cancelled, Open);

    private static CareCaseStatus[] Open =>
        [CareCaseStatus.Referred, CareCaseStatus.Assessing, CareCaseStatus.Active, CareCaseStatus.Suspended, CareCaseStatus.Reassessing];

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
        Raise(ChangeType.CaseOpened);
    }

    public Guid PersonId { get; private set; }
    public Guid ZoneId { get; private set; }
    public ServiceArea Area { get; private set; }
    public AccessChannel AccessChannel { get; private set; }
    public CareCaseStatus Status { get; private set; } = CareCaseStatus.Referred;
    public Guid? CaseManagerId { get; private set; }

    public DateOnly OpenedOn { get; private set; }
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

    public void StartAssessment() => Status = Transitions.Apply(Status, "start assessment");
    public void Activate() => Status = Transitions.Apply(Status, "activate");
    public void Suspend() => Status = Transitions.Apply(Status, "suspend");
    public void Resume() => Status = Transitions.Apply(Status, "resume");
    public void Reassess() => Status = Transitions.Apply(Status, "reassess");

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
        Status = Transitions.Apply(Status, "close");
        ClosureReason = reason;
        ClosedOn = on;
        Raise(ChangeType.CaseClosed);
    }

    /// <summary>Cancels the case on a day between its opening and <paramref name="today"/>.</summary>
    public void Cancel(DateOnly on, DateOnly today)
    {
        Guard.Happened(on, OpenedOn, "the case was opened", today, nameof(ClosedOn));
        Status = Transitions.Apply(Status, "cancel");
        ClosedOn = on;
        Raise(ChangeType.CaseClosed);
    }

    internal void EnsureOpen(string action)
    {
        if (!IsOpen)
            throw new InvalidTransitionException(nameof(CareCase), Status.ToString(), action);
    }
}
