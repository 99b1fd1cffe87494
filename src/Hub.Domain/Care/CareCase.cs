using Hub.Domain.Common;
using Hub.Domain.Events;
using Hub.Domain.Services;

namespace Hub.Domain.Care;

/// <summary>A presa in carico: one person followed by a zone's services in one area (FHIR EpisodeOfCare).</summary>
public sealed class CareCase : AuditableEntity
{
    // Declared before the table that reads it: static fields are initialised in order.
    /// <summary>The states of a case in course (every state but CLOSED and CANCELLED): the one list queries and rules read.</summary>
    public static readonly IReadOnlyList<CareCaseStatus> OpenStatuses =
        [CareCaseStatus.Referred, CareCaseStatus.Assessing, CareCaseStatus.Active, CareCaseStatus.Suspended, CareCaseStatus.Reassessing];

    private static readonly TransitionTable<CareCaseStatus> Transitions = new TransitionTable<CareCaseStatus>(nameof(CareCase))
        .Allow("start assessment", CareCaseStatus.Assessing, CareCaseStatus.Referred)
        .Allow("activate", CareCaseStatus.Active, CareCaseStatus.Assessing, CareCaseStatus.Reassessing)
        .Allow("suspend", CareCaseStatus.Suspended, CareCaseStatus.Active)
        .Allow("resume", CareCaseStatus.Active, CareCaseStatus.Suspended)
        .Allow("reassess", CareCaseStatus.Reassessing, CareCaseStatus.Active)
        .Allow("close", CareCaseStatus.Closed, [.. OpenStatuses])
        .Allow("cancel", CareCaseStatus.Cancelled, [.. OpenStatuses])
        .Allow("reopen", CareCaseStatus.Referred, CareCaseStatus.Closed);

    private readonly List<CaseTransition> history = [];
    private readonly List<CaseTeamMember> team = [];

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
    /// <summary>The case manager (StaffMember): always the staff member of the team's current CASE_MANAGER membership.</summary>
    public Guid? CaseManagerId { get; private set; }

    /// <summary>Every team membership, past and current (équipe).</summary>
    public IReadOnlyCollection<CaseTeamMember> Team => team;

    /// <summary>A transfer waiting for the receiving side (trasferimento in attesa); null when none.</summary>
    public PendingTransfer? Transfer { get; private set; }
    /// <summary>The Centro antiviolenza that holds the case (Organization): while set, only its operators reach the case (issue 17).</summary>
    public Guid? CentreId { get; private set; }

    /// <summary>Makes a new case one of <paramref name="centreId"/>'s own.</summary>
    internal void HoldAt(Guid centreId) => CentreId = centreId;

    /// <summary>
    /// The day a Centro antiviolenza took the case's person under its protection, for a case of hers closed before then: from that day nobody but the
    /// system reaches the case or what rests on it (plans, placements, diary, documents), so nobody reopens or writes it (row scopes; red team 36).
    /// Null for every other case.
    /// </summary>
    public DateOnly? SealedOn { get; private set; }

    /// <summary>Seals a closed case of a woman a centre takes under its protection on <paramref name="on"/> (<see cref="SealedOn"/>).</summary>
    /// <exception cref="InvalidOperationException">The case is open: a woman a service follows is handed over by it, never taken.</exception>
    internal void Seal(DateOnly on)
    {
        if (OpenStatuses.Contains(Status))
            throw new InvalidOperationException("An open case is handed over by its service, never sealed.");
        SealedOn = on;
    }

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

    /// <summary>
    /// Whether the changes made since the case was loaded dispose of it: a change of state, zone or transfer (every transition but a
    /// plan's coming into force, which is the team's work on the plan). A change of the team disposes of it too (its memberships).
    /// Only the staff of the case's own zone dispose of a case (README, the case team).
    /// </summary>
    public bool IsDisposedOfSinceLoaded() => history.Any(t => t.Action != "activate");

    /// <summary>
    /// Names the case manager from <paramref name="on"/>: the previous manager's membership ends that day and
    /// the new one joins the team as CASE_MANAGER (nomina del responsabile).
    /// </summary>
    public void AssignCaseManager(Guid staffMemberId, DateOnly on)
    {
        EnsureOpen("assign a case manager");
        if (CaseManagerId == staffMemberId)
            return;
        Guard.NotBefore(on, OpenedOn, "StaffMemberId", "the case was opened");
        team.SingleOrDefault(m => m.Role == CaseTeamRole.CaseManager && m.To is null)?.End(on);
        team.Add(new CaseTeamMember(staffMemberId, CaseTeamRole.CaseManager, on));
        CaseManagerId = staffMemberId;
        Raise(ChangeType.CaseAssigned);
    }

    /// <summary>
    /// Adds a staff member to the team in a <paramref name="role"/> from <paramref name="from"/> (not before the opening);
    /// a CASE_MANAGER joins by <see cref="AssignCaseManager"/>, which keeps one manager at a time.
    /// </summary>
    public CaseTeamMember AddTeamMember(Guid staffMemberId, CaseTeamRole role, DateOnly from)
    {
        EnsureOpen("change the team");
        if (role == CaseTeamRole.CaseManager)
        {
            AssignCaseManager(staffMemberId, from);
            return team.Last();
        }
        Guard.NotBefore(from, OpenedOn, "From", "the case was opened");
        if (team.Any(m => m.StaffMemberId == staffMemberId && m.Role == role && (m.To is null || m.To > from)))
            throw new DomainValidationException("StaffMemberId", $"The staff member is already on the team as {role} then.");
        var member = new CaseTeamMember(staffMemberId, role, from);
        team.Add(member);
        Raise(ChangeType.CaseAssigned);
        return member;
    }

    /// <summary>Ends a membership on <paramref name="to"/> (exclusive); the case manager's ends only by naming another.</summary>
    public void EndTeamMembership(Guid membershipId, DateOnly to)
    {
        EnsureOpen("change the team");
        var member = team.SingleOrDefault(m => m.Id == membershipId)
            ?? throw new DomainValidationException("MembershipId", "The membership is not one of this case's team.");
        if (member.Role == CaseTeamRole.CaseManager && member.StaffMemberId == CaseManagerId && member.To is null)
            throw new DomainValidationException("MembershipId", "The case manager leaves the team when another is named (assignCaseManager).");
        member.End(to);
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

    /// <summary>
    /// Closes the case on a day between its opening and <paramref name="today"/>. Refused while an intervention of
    /// a plan in force (<paramref name="plans"/>, the case's plans) runs past that day: the seed's phase rule,
    /// end the plan (complete or revoke it) first.
    /// </summary>
    public void Close(ClosureReason reason, DateOnly on, DateOnly today, IEnumerable<CarePlan> plans)
    {
        Guard.Happened(on, OpenedOn, "the case was opened", today, nameof(ClosedOn));
        if (plans.Where(p => p.CareCaseId == Id && p.IsInForce).SelectMany(p => p.Interventions).Any(i => i.EndsOn is null || i.EndsOn > on))
            throw new DomainValidationException(nameof(ClosedOn), "The case has interventions still running under a plan in force: complete or revoke the plan before closing the case.");
        Move("close", reason.ToString());
        Transfer = null;
        ClosureReason = reason;
        EndTeam(on);
        Raise(ChangeType.CaseClosed);
    }

    /// <summary>Cancels the case on a day between its opening and <paramref name="today"/>.</summary>
    public void Cancel(DateOnly on, DateOnly today)
    {
        Guard.Happened(on, OpenedOn, "the case was opened", today, nameof(ClosedOn));
        Move("cancel", null);
        Transfer = null;
        EndTeam(on);
        Raise(ChangeType.CaseClosed);
    }

    /// <summary>
    /// The case ends on <paramref name="on"/> and so does its team: every open membership, the manager's too (a closed case has none),
    /// so nobody keeps reaching an archived case, or its person, through a membership of a case that ended (a member from another
    /// zone would otherwise read it, and reopen it, for good). A membership that would only have begun after that day ends as it begins.
    /// Reopening starts the new episode without a team: the case's own zone names it again.
    /// </summary>
    private void EndTeam(DateOnly on)
    {
        ClosedOn = on;
        foreach (var member in team.Where(m => m.To is null))
            member.End(member.From > on ? member.From : on);
        CaseManagerId = null;
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

    /// <summary>
    /// Asks to move the case to another zone or case manager (trasferimento); nothing changes until the receiving side
    /// accepts. At most one transfer waits at a time.
    /// </summary>
    public void RequestTransfer(Guid toZoneId, Guid? toCaseManagerId, string? reason, DateOnly on)
    {
        EnsureOpen("transfer");
        if (CentreId is not null)
            throw new DomainValidationException("CareCaseId", "A Centro antiviolenza's case stays with its centre, which no zone sees: it is not transferred.");
        if (Transfer is not null)
            throw new DomainValidationException("ToZoneId", "A transfer of the case already waits for the receiving side: it accepts or declines it first.");
        if (toZoneId == ZoneId && (toCaseManagerId is null || toCaseManagerId == CaseManagerId))
            throw new DomainValidationException("ToZoneId", "A transfer moves the case to another zone or another case manager.");
        Transfer = new PendingTransfer(ZoneId, toZoneId, toCaseManagerId, Guard.Required(reason, "Reason", 2000), on);
        history.Add(new CaseTransition(Id, Episode, "request transfer", Status, Status, Transfer.Reason));
        Raise(ChangeType.CaseAssigned);
    }

    /// <summary>
    /// The receiving side accepts the waiting transfer on <paramref name="on"/>: the case moves to its zone, and its case manager is
    /// the one named in the transfer, else <paramref name="caseManagerId"/> (the accepter's choice), else none until one is named.
    /// </summary>
    public void AcceptTransfer(Guid? caseManagerId, DateOnly on)
    {
        EnsureOpen("accept transfer");
        var transfer = Transfer ?? throw new InvalidTransitionException(nameof(CareCase), Status.ToString(), "accept transfer");
        Guard.NotBefore(on, transfer.RequestedOn, "On", "the transfer was asked");
        ZoneId = transfer.ToZoneId;
        Transfer = null;
        history.Add(new CaseTransition(Id, Episode, "accept transfer", Status, Status, transfer.Reason));
        if ((transfer.ToCaseManagerId ?? caseManagerId) is { } manager)
            AssignCaseManager(manager, on);
        else if (transfer.ToZoneId != transfer.FromZoneId && CaseManagerId is not null)
        {
            // A case opened before teams existed has a manager but no membership row.
            team.SingleOrDefault(m => m.Role == CaseTeamRole.CaseManager && m.To is null)?.End(on);
            CaseManagerId = null;
        }
        Raise(ChangeType.CaseAssigned);
    }

    /// <summary>The receiving side declines the waiting transfer, for a <paramref name="reason"/> (required); the case stays where it was.</summary>
    public void DeclineTransfer(string? reason)
    {
        if (Transfer is null)
            throw new InvalidTransitionException(nameof(CareCase), Status.ToString(), "decline transfer");
        history.Add(new CaseTransition(Id, Episode, "decline transfer", Status, Status, Guard.Required(reason, "Reason", 2000)));
        Transfer = null;
        Raise(ChangeType.CaseAssigned);
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
