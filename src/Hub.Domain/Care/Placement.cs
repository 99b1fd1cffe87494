using Hub.Domain.Common;
using Hub.Domain.Events;
using Hub.Domain.FosterCare;
using Hub.Domain.Structures;

namespace Hub.Domain.Care;

/// <summary>
/// An inserimento of a person for a residential or semi-residential intervention (FHIR Task/Encounter): of
/// <see cref="PlacementKind.Structure"/> in a structure's module, where admission takes one of the module's
/// places, or of <see cref="PlacementKind.FosterCare"/> with a foster family (affido familiare; see
/// <see cref="Affido"/>), which has no structure or module and holds the affido's terms instead, or of <see cref="PlacementKind.Shelter"/>
/// in a module of a Centro antiviolenza's shelter (<see cref="Minors.ShelterStay"/>), admitted at once.
/// </summary>
public sealed class Placement : AuditableEntity
{
    private static readonly TransitionTable<PlacementStatus> Transitions = new TransitionTable<PlacementStatus>(nameof(Placement))
        .Allow("waitlist", PlacementStatus.Waitlisted, PlacementStatus.Requested, PlacementStatus.Waitlisted)
        .Allow("offer", PlacementStatus.Offered, PlacementStatus.Requested, PlacementStatus.Waitlisted)
        .Allow("confirm", PlacementStatus.Confirmed, PlacementStatus.Offered)
        .Allow("decline", PlacementStatus.Declined, PlacementStatus.Offered)
        .Allow("expire", PlacementStatus.Expired, PlacementStatus.Waitlisted, PlacementStatus.Offered)
        .Allow("admit", PlacementStatus.Admitted, PlacementStatus.Confirmed)
        .Allow("record absence", PlacementStatus.Absent, PlacementStatus.Admitted)
        .Allow("record return", PlacementStatus.Admitted, PlacementStatus.Absent)
        .Allow("discharge", PlacementStatus.Discharged, PlacementStatus.Admitted, PlacementStatus.Absent)
        .Allow("cancel", PlacementStatus.Cancelled,
            PlacementStatus.Requested, PlacementStatus.Waitlisted, PlacementStatus.Offered, PlacementStatus.Confirmed);

    /// <summary>The states in which a placement holds or awaits a place: a module or structure with one of them cannot close.</summary>
    public static readonly PlacementStatus[] ActiveStatuses =
        [PlacementStatus.Requested, PlacementStatus.Waitlisted, PlacementStatus.Offered, PlacementStatus.Confirmed, PlacementStatus.Admitted, PlacementStatus.Absent];

    private Placement() { }

    /// <summary>
    /// Requests a place, no later than <paramref name="today"/>; temporary and intermediate-care stays
    /// must say when they end at the latest (a plan: it may lie ahead). The structure's kind is read
    /// from the module, which must be loaded with its <see cref="StructureModule.Structure"/>. The person is placed nowhere else
    /// from <paramref name="requestedOn"/> (<paramref name="inCourse"/>), unless this transfers them from <paramref name="replaces"/>,
    /// which then ends on the admission here.
    /// </summary>
    public Placement(Intervention intervention, Guid personId, StructureModule module, DateOnly requestedOn, DateOnly? maximumEndDate, DateOnly today,
        PlacementsInCourse inCourse, Placement? replaces = null)
    {
        var structureKind = (module.Structure ?? throw new ArgumentException("Load the module with its structure.", nameof(module))).Kind;
        Guard.NotFuture(requestedOn, today, nameof(RequestedOn));
        // A closed module takes no one new; its history stays.
        module.EnsureOpen("request placement");
        if (intervention.Kind is InterventionKind.HomeCareDirect or InterventionKind.HomeCareIndirect)
            throw new DomainValidationException(nameof(InterventionId), "Home care is delivered at home: only residential and semi-residential interventions take a place.");
        if (intervention.Kind == InterventionKind.FosterCare)
            throw new DomainValidationException(nameof(InterventionId), "An affido is delivered by a foster family, not a module: start it with startFosterCare.");
        if (intervention.Kind == InterventionKind.Shelter || module.Kind == ModuleKind.Shelter)
            throw new DomainValidationException(nameof(ModuleId), "A shelter's place is taken by its Centro antiviolenza alone: placeInShelter.");
        var temporary = intervention.Kind == InterventionKind.TemporaryResidential || structureKind == StructureKind.IntermediateCare;
        if (temporary && maximumEndDate is null)
            throw new DomainValidationException(nameof(MaximumEndDate), "A temporary or intermediate-care placement needs a maximum end date.");
        Guard.Ordered(requestedOn, maximumEndDate, nameof(MaximumEndDate));
        inCourse.EnsureFree(personId, intervention.Kind, requestedOn, replaces);
        ReplacesId = replaces?.Id;
        InterventionId = intervention.Id;
        PersonId = personId;
        StructureId = module.StructureId;
        ModuleId = module.Id;
        RequestedOn = requestedOn;
        MaximumEndDate = maximumEndDate;
        Raise(ChangeType.PlacementStatusChanged);
    }

    /// <summary>
    /// An affido in course from <paramref name="startsOn"/>: the minor is with the family (ADMITTED) until it ends; the rules are <see cref="Affido.Start"/>'s.
    /// The minor is placed nowhere else from then (<paramref name="inCourse"/>); a transfer from <paramref name="replaces"/> (a community's place, another
    /// family) ends it on the same day, its module (<paramref name="replacedModule"/>, for a structure's place) given back.
    /// </summary>
    internal Placement(Intervention intervention, Guid personId, Guid fosterFamilyId, FosterCareTerms terms, DateOnly startsOn, DateOnly plannedEndOn, DateOnly today,
        PlacementsInCourse inCourse, Placement? replaces, StructureModule? replacedModule)
    {
        inCourse.EnsureFree(personId, intervention.Kind, startsOn, replaces);
        (Kind, InterventionId, PersonId, FosterFamilyId, FosterCare, ReplacesId) = (PlacementKind.FosterCare, intervention.Id, personId, fosterFamilyId, terms, replaces?.Id);
        (RequestedOn, AdmittedOn, MaximumEndDate, Status) = (startsOn, startsOn, plannedEndOn, PlacementStatus.Admitted);
        replaces?.EndByTransfer(this, replacedModule, startsOn, today);
        Raise(ChangeType.PlacementStatusChanged);
    }

    /// <summary>
    /// A stay in <paramref name="module"/> of a shelter from <paramref name="on"/>, taking one of its places at once (an emergency waits for no offer);
    /// the rules are <see cref="Minors.ShelterStay.Place"/>'s. The woman is placed nowhere else from then (<paramref name="inCourse"/>); a transfer from
    /// <paramref name="replaces"/> (another shelter, a structure's place) ends it on the same day, its <paramref name="replacedModule"/> given back.
    /// </summary>
    internal Placement(Intervention intervention, Guid personId, StructureModule module, DateOnly on, DateOnly today,
        PlacementsInCourse inCourse, Placement? replaces, StructureModule? replacedModule)
    {
        module.EnsureOpen("place in shelter");
        Guard.NotFuture(on, today, nameof(AdmittedOn));
        inCourse.EnsureFree(personId, intervention.Kind, on, replaces);
        module.Occupy();
        (Kind, InterventionId, PersonId, StructureId, ModuleId, ReplacesId) = (PlacementKind.Shelter, intervention.Id, personId, module.StructureId, module.Id, replaces?.Id);
        (RequestedOn, AdmittedOn, Status) = (on, on, PlacementStatus.Admitted);
        replaces?.EndByTransfer(this, replacedModule, on, today);
        Raise(ChangeType.PlacementStatusChanged);
    }

    public PlacementKind Kind { get; private set; } = PlacementKind.Structure;
    public Guid InterventionId { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>The structure (Structure) of a STRUCTURE or SHELTER placement; null for an affido.</summary>
    public Guid? StructureId { get; private set; }

    /// <summary>The module (StructureModule) of a STRUCTURE or SHELTER placement; null for an affido.</summary>
    public Guid? ModuleId { get; private set; }

    /// <summary>The foster family (FosterFamily) of an affido; null for a structure placement.</summary>
    public Guid? FosterFamilyId { get; private set; }

    /// <summary>The terms of an affido; null for a structure placement.</summary>
    public FosterCareTerms? FosterCare { get; private set; }

    /// <summary>The placement this one transfers the person from (trasferimento, Placement): it ends when this one begins; null for a first placement.</summary>
    public Guid? ReplacesId { get; private set; }

    /// <summary>How an affido ended; null while in course and for structure placements.</summary>
    public FosterCareOutcome? FosterCareOutcome { get; private set; }
    public PlacementStatus Status { get; private set; } = PlacementStatus.Requested;

    /// <summary>Waiting-list priority: lower comes first.</summary>
    public int? Priority { get; private set; }

    public DateOnly RequestedOn { get; private set; }
    public DateOnly? OfferedOn { get; private set; }
    public DateOnly? OfferExpiresOn { get; private set; }
    public DateOnly? AdmittedOn { get; private set; }
    public DateOnly? MaximumEndDate { get; private set; }
    public DateOnly? AbsentSince { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public PlacementDischargeReason? DischargeReason { get; private set; }

    /// <summary>Why it was declined or cancelled, in words.</summary>
    public string? EndNote { get; private set; }

    /// <summary>Whether the guest holds one of the module's places.</summary>
    public bool HoldsPlace => Status is PlacementStatus.Admitted or PlacementStatus.Absent;

    public void Waitlist(int priority)
    {
        var next = Transitions.Apply(Status, "waitlist");
        Priority = Guard.NotNegative(priority, nameof(Priority));
        Move(next);
    }

    public void Offer(DateOnly offeredOn, DateOnly expiresOn)
    {
        Guard.NotBefore(offeredOn, RequestedOn, nameof(OfferedOn), "the place was requested");
        Guard.Ordered(offeredOn, expiresOn, nameof(OfferExpiresOn));
        Move(Transitions.Apply(Status, "offer"));
        OfferedOn = offeredOn;
        OfferExpiresOn = expiresOn;
    }

    public void Confirm() => Move(Transitions.Apply(Status, "confirm"));

    public void Decline(string? note) => End("decline", null, note);

    public void Expire() => Move(Transitions.Apply(Status, "expire"));

    public void Cancel(string? note) => End("cancel", null, note);

    /// <summary>
    /// Admits the guest on a day between the request and <paramref name="today"/>, taking a place of
    /// the module; refused when the module is full. A transfer ends the placement it replaces on the same day
    /// (<paramref name="replaced"/>, with its module for a structure's place; loaded by the caller whenever <see cref="ReplacesId"/> is set).
    /// </summary>
    public void Admit(StructureModule module, DateOnly on, DateOnly today, (Placement Placement, StructureModule? Module)? replaced = null)
    {
        EnsureModule(module);
        Guard.Happened(on, RequestedOn, "the place was requested", today, nameof(AdmittedOn));
        if (replaced?.Placement.Id != ReplacesId)
            throw new ArgumentException("Load the placement this one replaces, and only that one.", nameof(replaced));
        var next = Transitions.Apply(Status, "admit");
        module.Occupy();
        Move(next);
        AdmittedOn = on;
        replaced?.Placement.EndByTransfer(this, replaced.Value.Module, on, today);
    }

    /// <summary>
    /// Ends this placement on <paramref name="on"/> because <paramref name="next"/>, which replaces it, begins: a structure's guest is discharged
    /// (TRANSFER), giving back its place of <paramref name="module"/>; an affido ends towards another family or a community. One that ended meanwhile stays as it is.
    /// </summary>
    private void EndByTransfer(Placement next, StructureModule? module, DateOnly on, DateOnly today)
    {
        if (!HoldsPlace)
            return;
        if (Kind == PlacementKind.FosterCare)
            EndFosterCare(on, next.Kind == PlacementKind.FosterCare ? Hub.Domain.FosterCare.FosterCareOutcome.OtherFosterFamily : Hub.Domain.FosterCare.FosterCareOutcome.CommunityPlacement, today);
        else
            Discharge(module ?? throw new ArgumentException("Load the module of the placement replaced.", nameof(module)), on, PlacementDischargeReason.Transfer, today);
    }

    /// <summary>The guest is away (hospital stay) since a day between the admission and <paramref name="today"/>; a structure's guest only.</summary>
    public void RecordAbsence(DateOnly since, DateOnly today)
    {
        if (Kind != PlacementKind.Structure)
            throw new DomainValidationException(nameof(ModuleId), "An affido keeps no place to be absent from: review it, or end it.");
        var next = Transitions.Apply(Status, "record absence");
        Guard.Happened(since, AdmittedOn!.Value, "the guest was admitted", today, nameof(AbsentSince));
        Move(next);
        AbsentSince = since;
    }

    public void RecordReturn()
    {
        Move(Transitions.Apply(Status, "record return"));
        AbsentSince = null;
    }

    /// <summary>Discharges the guest on a day between the admission (or the absence's start) and <paramref name="today"/>.</summary>
    public void Discharge(StructureModule module, DateOnly on, PlacementDischargeReason reason, DateOnly today)
    {
        EnsureModule(module);
        Transitions.Apply(Status, "discharge");
        Guard.Happened(on, AbsentSince ?? AdmittedOn!.Value, AbsentSince is null ? "the guest was admitted" : "the absence began", today, nameof(EndedOn));
        End("discharge", on, null);
        DischargeReason = reason;
        module.Release();
    }

    /// <summary>Ends an affido on a day between its start and <paramref name="today"/>, with its outcome (ADMITTED → DISCHARGED).</summary>
    public void EndFosterCare(DateOnly on, FosterCareOutcome outcome, DateOnly today)
    {
        if (Kind != PlacementKind.FosterCare)
            throw new DomainValidationException(nameof(FosterFamilyId), "Only an affido ends with an outcome: discharge a structure's guest instead.");
        Transitions.Apply(Status, "discharge");
        Guard.Happened(on, AdmittedOn!.Value, "the affido began", today, nameof(EndedOn));
        End("discharge", on, null);
        FosterCareOutcome = outcome;
    }

    private void End(string action, DateOnly? on, string? note)
    {
        var next = Transitions.Apply(Status, action);
        EndNote = Guard.Optional(note, nameof(EndNote), 2000);
        EndedOn = on;
        Move(next);
    }

    // Every change of state is heard by those who follow the placement (the structure, the zone).
    private void Move(PlacementStatus next)
    {
        Status = next;
        Raise(ChangeType.PlacementStatusChanged);
    }

    private void EnsureModule(StructureModule module)
    {
        if (module.Id != ModuleId)
            throw new DomainValidationException(nameof(ModuleId), "The module is not the one this placement is for.");
    }
}
