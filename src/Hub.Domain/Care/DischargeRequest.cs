using Hub.Domain.Common;
using Hub.Domain.Events;

namespace Hub.Domain.Care;

/// <summary>
/// A segnalazione di dimissione protetta: a hospital ward asks the territory (ACOT) to organise
/// care so a frail patient can leave hospital safely.
/// </summary>
public sealed class DischargeRequest : AuditableEntity
{
    private static readonly TransitionTable<DischargeRequestStatus> Transitions = new TransitionTable<DischargeRequestStatus>(nameof(DischargeRequest))
        .Allow("acknowledge", DischargeRequestStatus.Acknowledged, DischargeRequestStatus.Submitted)
        .Allow("record assessment", DischargeRequestStatus.Assessed, DischargeRequestStatus.Acknowledged)
        .Allow("define pathway", DischargeRequestStatus.PathwayDefined, DischargeRequestStatus.Assessed)
        .Allow("schedule", DischargeRequestStatus.Scheduled, DischargeRequestStatus.PathwayDefined, DischargeRequestStatus.Scheduled)
        .Allow("mark discharged", DischargeRequestStatus.Discharged, DischargeRequestStatus.Scheduled)
        .Allow("cancel", DischargeRequestStatus.Cancelled,
            DischargeRequestStatus.Submitted, DischargeRequestStatus.Acknowledged, DischargeRequestStatus.Assessed,
            DischargeRequestStatus.PathwayDefined, DischargeRequestStatus.Scheduled);

    private List<string> aids = [];

    private DischargeRequest() { }

    public DischargeRequest(Guid hospitalId, HospitalStay stay, Guid personId, Guid zoneId, DateOnly submittedOn, DateOnly expectedDischargeOn, string needs, DischargeSetting proposedSetting, IEnumerable<string> aids)
    {
        HospitalOrganizationId = hospitalId;
        Ward = Guard.Required(stay.Ward, nameof(Ward));
        AdmissionReference = Guard.Required(stay.AdmissionReference, nameof(AdmissionReference), 50);
        PersonId = personId;
        ZoneId = zoneId;
        Guard.NotBefore(expectedDischargeOn, submittedOn, nameof(ExpectedDischargeOn), "the request is filed");
        SubmittedOn = submittedOn;
        ExpectedDischargeOn = expectedDischargeOn;
        Needs = Guard.Required(needs, nameof(Needs), 8000);
        ProposedSetting = proposedSetting;
        this.aids = aids.Select(a => Guard.Required(a, nameof(Aids))).Distinct().ToList();
        Raise(ChangeType.DischargeRequestStatusChanged);
    }

    public Guid HospitalOrganizationId { get; private set; }
    public string Ward { get; private set; } = "";

    /// <summary>The hospital's admission number (nosologico).</summary>
    public string AdmissionReference { get; private set; } = "";

    public Guid PersonId { get; private set; }

    /// <summary>The zone whose ACOT handles the request (the patient's zone of residence).</summary>
    public Guid ZoneId { get; private set; }

    /// <summary>The day the ward filed the request: where the lead time to discharge starts.</summary>
    public DateOnly SubmittedOn { get; private set; }

    public DateOnly ExpectedDischargeOn { get; private set; }

    /// <summary>Care needs at discharge (HEALTH sensitivity).</summary>
    public string Needs { get; private set; } = "";

    /// <summary>Aids needed at home (ausili): bed, wheelchair, oxygen …</summary>
    public IReadOnlyList<string> Aids => aids;

    public DischargeSetting ProposedSetting { get; private set; }
    public DischargeRequestStatus Status { get; private set; } = DischargeRequestStatus.Submitted;
    public Guid? CareCaseId { get; private set; }
    public string? AssessmentOutcome { get; private set; }
    public DischargeSetting? DefinedSetting { get; private set; }
    public DateOnly? ScheduledOn { get; private set; }
    public DateOnly? DischargedOn { get; private set; }
    public string? CancellationReason { get; private set; }

    /// <summary>The zone acknowledges the request and links the case it opened or already had.</summary>
    public void Acknowledge(CareCase careCase)
    {
        if (careCase.PersonId != PersonId)
            throw new DomainValidationException(nameof(CareCaseId), "The case is about another person.");
        Move(Transitions.Apply(Status, "acknowledge"));
        CareCaseId = careCase.Id;
    }

    public void RecordAssessment(string outcome)
    {
        var next = Transitions.Apply(Status, "record assessment");
        AssessmentOutcome = Guard.Required(outcome, nameof(AssessmentOutcome), 8000);
        Move(next);
    }

    public void DefinePathway(DischargeSetting setting)
    {
        Move(Transitions.Apply(Status, "define pathway"));
        DefinedSetting = setting;
    }

    /// <summary>Plans the discharge: any day from the request's filing on, the future included.</summary>
    public void Schedule(DateOnly on)
    {
        var next = Transitions.Apply(Status, "schedule");
        Guard.NotBefore(on, SubmittedOn, nameof(ScheduledOn), "the request was filed");
        Move(next);
        ScheduledOn = on;
    }

    /// <summary>The patient left hospital on a day between the filing and <paramref name="today"/>.</summary>
    public void MarkDischarged(DateOnly on, DateOnly today)
    {
        var next = Transitions.Apply(Status, "mark discharged");
        Guard.Happened(on, SubmittedOn, "the request was filed", today, nameof(DischargedOn));
        Move(next);
        DischargedOn = on;
    }

    public void Cancel(string reason)
    {
        var next = Transitions.Apply(Status, "cancel");
        CancellationReason = Guard.Required(reason, nameof(CancellationReason), 2000);
        Move(next);
    }

    // The hospital follows its request through every state.
    private void Move(DischargeRequestStatus next)
    {
        Status = next;
        Raise(ChangeType.DischargeRequestStatusChanged);
    }
}

/// <summary>The hospital stay a request is about: ward and admission number.</summary>
public sealed record HospitalStay(string Ward, string AdmissionReference);
