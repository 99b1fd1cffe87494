using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Services;
using Hub.Domain.Structures;

namespace Hub.Domain.Tests.Care;

/// <summary>A placement and the module it is for (admission and discharge need both).</summary>
internal sealed record PlacementScenario(Placement Placement, StructureModule Module);

/// <summary>A plan, the assessment of its case that can activate it, and the case.</summary>
internal sealed record PlanScenario(CarePlan Plan, Assessment Assessment, CareCase Case);

/// <summary>
/// Builds fresh domain objects, and brings them into a given state only through their public
/// transitions, so every test starts from a state the real API can reach.
/// </summary>
internal static class CareBuilders
{
    public static readonly DateOnly OpenedOn = new(2026, 1, 10);
    public static readonly DateOnly Later = new(2026, 2, 1);
    public static readonly DateOnly StayEnd = new(2026, 4, 30);
    public static readonly DateTimeOffset SignedAt = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly SignedOn = new(2026, 2, 1);
    public static readonly DateOnly ReviewDue = new(2026, 8, 1);

    /// <summary>The day the tests' events are recorded on: after every event date above.</summary>
    public static readonly DateOnly Today = new(2026, 9, 1);

    public static Organization Provider() => new(OrganizationKind.Provider, "Coop");

    public static StaffMember SocialWorker() => new("Anna", "Bianchi", Profession.SocialWorker, Provider(), 36m);

    public static Structure Structure(StructureKind kind = StructureKind.Rsa) =>
        new(kind, "RSA X", "RC-1", Provider(), new Address(Guid.NewGuid(), "Via Roma 1", "50100"));

    public static StructureModule Module(int places = 10, StructureKind kind = StructureKind.Rsa) =>
        Structure(kind).AddModule(ModuleKind.Base, "Base", places, places, new ModuleTariff(60m, 55m));

    public static CareCase NewCase(Guid? personId = null) =>
        new(personId ?? Guid.NewGuid(), Guid.NewGuid(), ServiceArea.NonSelfSufficiency, AccessChannel.Hospital, OpenedOn, Today);

    public static CareCase CaseIn(CareCaseStatus status)
    {
        var careCase = NewCase();
        if (status == CareCaseStatus.Cancelled)
        {
            careCase.Cancel(Later, Today);
            return careCase;
        }
        if (status == CareCaseStatus.Closed)
        {
            careCase.Close(ClosureReason.GoalsMet, Later, Today, []);
            return careCase;
        }
        if (status == CareCaseStatus.Referred)
            return careCase;
        careCase.StartAssessment();
        if (status == CareCaseStatus.Assessing)
            return careCase;
        careCase.Activate();
        if (status == CareCaseStatus.Suspended)
            careCase.Suspend();
        else if (status == CareCaseStatus.Reassessing)
            careCase.Reassess();
        return careCase;
    }

    public static Assessment RecordAssessment(CareCase careCase, AssessmentKind kind = AssessmentKind.First, int careNeedLevel = 3) =>
        Assessment.Record(careCase, kind, "SVAMA", careNeedLevel, Later, "RT-2026",
            [new AssessmentScore("ADL", 4m)], [SocialWorker()], Today);

    public static InterventionDetails HomeCare() =>
        new(InterventionKind.HomeCareDirect, Guid.NewGuid(), null, "3 accessi a settimana", 6m, Later, null, CostShares.None);

    public static InterventionDetails TemporaryStay(DateOnly? endsOn) =>
        new(InterventionKind.TemporaryResidential, Guid.NewGuid(), null, null, null, Later, endsOn, CostShares.None);

    public static InterventionDetails PermanentStay() =>
        new(InterventionKind.PermanentResidential, Guid.NewGuid(), null, null, null, Later, null, CostShares.None);

    /// <summary>A draft plan with one intervention on an assessing case that already has its first assessment.</summary>
    public static PlanScenario DraftPlan()
    {
        var careCase = CaseIn(CareCaseStatus.Assessing);
        var assessment = RecordAssessment(careCase);
        var plan = new CarePlan(careCase, CarePlanKind.Pap, "Stay at home safely");
        plan.AddIntervention(HomeCare());
        return new PlanScenario(plan, assessment, careCase);
    }

    public static void Activate(PlanScenario scenario) =>
        scenario.Plan.Activate(scenario.Assessment, scenario.Case, null, "Dott. Rossi", SignedAt, SignedOn, ReviewDue);

    public static PlanScenario PlanIn(CarePlanStatus status)
    {
        var scenario = DraftPlan();
        var plan = scenario.Plan;
        if (status == CarePlanStatus.Draft)
            return scenario;
        plan.Propose();
        if (status == CarePlanStatus.Proposed)
            return scenario;
        Activate(scenario);
        switch (status)
        {
            case CarePlanStatus.Suspended: plan.Suspend(); break;
            case CarePlanStatus.Superseded: plan.Supersede(); break;
            case CarePlanStatus.Completed: plan.Complete(); break;
            case CarePlanStatus.Revoked: plan.Revoke(); break;
        }
        return scenario;
    }

    /// <summary>An intervention of a fresh draft plan.</summary>
    public static Intervention InterventionOf(InterventionDetails details) =>
        new CarePlan(CaseIn(CareCaseStatus.Assessing), CarePlanKind.Pap, "Care").AddIntervention(details);

    /// <summary>A requested temporary stay in <paramref name="module"/>, or in a fresh module of ten places.</summary>
    public static PlacementScenario NewPlacement(StructureModule? module = null)
    {
        var intervention = InterventionOf(TemporaryStay(StayEnd));
        module ??= Module();
        return new PlacementScenario(new Placement(intervention, Guid.NewGuid(), module, OpenedOn, StayEnd, Today, PlacementsInCourse.Of(Guid.Empty, [])), module);
    }

    public static PlacementScenario PlacementIn(PlacementStatus status, StructureModule? module = null)
    {
        var scenario = NewPlacement(module);
        var placement = scenario.Placement;
        switch (status)
        {
            case PlacementStatus.Requested: return scenario;
            case PlacementStatus.Waitlisted: placement.Waitlist(1); return scenario;
            case PlacementStatus.Cancelled: placement.Cancel("No longer needed"); return scenario;
        }
        placement.Offer(OpenedOn, Later);
        switch (status)
        {
            case PlacementStatus.Offered: return scenario;
            case PlacementStatus.Declined: placement.Decline("Too far from home"); return scenario;
            case PlacementStatus.Expired: placement.Expire(); return scenario;
        }
        placement.Confirm();
        if (status == PlacementStatus.Confirmed)
            return scenario;
        placement.Admit(scenario.Module, Later, Today);
        if (status == PlacementStatus.Absent)
            placement.RecordAbsence(Later.AddDays(5), Today);
        else if (status == PlacementStatus.Discharged)
            placement.Discharge(scenario.Module, StayEnd, PlacementDischargeReason.EndOfTerm, Today);
        return scenario;
    }

    public static DischargeRequest NewDischargeRequest(Guid? personId = null) =>
        new(Guid.NewGuid(), new HospitalStay("Medicina", "2026/123"), personId ?? Guid.NewGuid(), Guid.NewGuid(),
            Later, Later, "Needs help with mobility", DischargeSetting.TemporaryResidential, ["letto"]);

    public static DischargeRequest DischargeRequestIn(DischargeRequestStatus status)
    {
        var request = NewDischargeRequest();
        if (status == DischargeRequestStatus.Submitted)
            return request;
        if (status == DischargeRequestStatus.Cancelled)
        {
            request.Cancel("Patient died in hospital");
            return request;
        }
        request.Acknowledge(NewCase(request.PersonId));
        if (status == DischargeRequestStatus.Acknowledged)
            return request;
        request.RecordAssessment("Needs a temporary RSA stay");
        if (status == DischargeRequestStatus.Assessed)
            return request;
        request.DefinePathway(DischargeSetting.TemporaryResidential);
        if (status == DischargeRequestStatus.PathwayDefined)
            return request;
        request.Schedule(Later);
        if (status == DischargeRequestStatus.Discharged)
            request.MarkDischarged(Later, Today);
        return request;
    }
}
