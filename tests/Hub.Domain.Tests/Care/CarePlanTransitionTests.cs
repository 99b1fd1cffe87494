using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Tests.Common;
using static Hub.Domain.Care.CarePlanStatus;

namespace Hub.Domain.Tests.Care;

public sealed class CarePlanTransitionTests
{
    public enum PlanAction
    {
        Propose, Activate, Suspend, Resume, Supersede, Complete, Revoke, Revise,
        AddIntervention, ChangeIntervention, RemoveIntervention,
    }

    private static readonly CarePlanStatus? No = null;

    private static readonly CarePlanStatus[] Columns = [Draft, Proposed, Active, Suspended, Superseded, Completed, Revoked];

    // DESIGN §3: DRAFT → PROPOSED → ACTIVE ⇄ SUSPENDED; ACTIVE → SUPERSEDED | COMPLETED | REVOKED.
    // A suspended plan may also be superseded, revoked or revised; only an active one is completed.
    // Revise leaves this plan as it is (the new version is a separate draft, superseding it on activation).
    // Interventions change only in a draft.
#pragma warning disable format // the expectations are a grid: one column per state
    private static readonly Dictionary<PlanAction, CarePlanStatus?[]> Expected = new()
    {
        //                                 Draft     Proposed Active      Suspended   Superseded Completed Revoked
        [PlanAction.Propose] =            [Proposed, No,      No,         No,         No,        No,       No],
        [PlanAction.Activate] =           [No,       Active,  No,         No,         No,        No,       No],
        [PlanAction.Suspend] =            [No,       No,      Suspended,  No,         No,        No,       No],
        [PlanAction.Resume] =             [No,       No,      No,         Active,     No,        No,       No],
        [PlanAction.Supersede] =          [No,       No,      Superseded, Superseded, No,        No,       No],
        [PlanAction.Complete] =           [No,       No,      Completed,  No,         No,        No,       No],
        [PlanAction.Revoke] =             [No,       No,      Revoked,    Revoked,    No,        No,       No],
        [PlanAction.Revise] =             [No,       No,      Active,     Suspended,  No,        No,       No],
        [PlanAction.AddIntervention] =    [Draft,    No,      No,         No,         No,        No,       No],
        [PlanAction.ChangeIntervention] = [Draft,    No,      No,         No,         No,        No,       No],
        [PlanAction.RemoveIntervention] = [Draft,    No,      No,         No,         No,        No,       No],
    };
#pragma warning restore format

    public static TheoryData<CarePlanStatus, PlanAction, CarePlanStatus> Allowed => TransitionGrid.Allowed(Columns, Expected);

    public static TheoryData<CarePlanStatus, PlanAction> Refused => TransitionGrid.Refused(Columns, Expected);

    public static TheoryData<CarePlanStatus> States => new(Enum.GetValues<CarePlanStatus>());

    [Fact]
    public void Expectations_cover_every_state_and_action() => TransitionGrid.AssertComplete(Columns, Expected);

    [Theory]
    [MemberData(nameof(States))]
    public void Builder_brings_a_plan_into_the_requested_state(CarePlanStatus status)
    {
        var scenario = CareBuilders.PlanIn(status);

        Assert.Equal(status, scenario.Plan.Status);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_action_lands_in_the_expected_state(CarePlanStatus from, PlanAction action, CarePlanStatus to)
    {
        var scenario = CareBuilders.PlanIn(from);

        Perform(scenario, action);

        Assert.Equal(to, scenario.Plan.Status);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_action_throws_and_keeps_the_state(CarePlanStatus from, PlanAction action)
    {
        var scenario = CareBuilders.PlanIn(from);
        var interventions = scenario.Plan.Interventions.Select(i => i.Details).ToList();

        var error = Assert.Throws<InvalidTransitionException>(() => Perform(scenario, action));

        Assert.Equal(from, scenario.Plan.Status);
        Assert.Equal(from.ToString(), error.From);
        Assert.Equal(interventions, scenario.Plan.Interventions.Select(i => i.Details));
    }

    private static void Perform(PlanScenario scenario, PlanAction action)
    {
        var plan = scenario.Plan;
        switch (action)
        {
            case PlanAction.Propose: plan.Propose(); break;
            case PlanAction.Activate: CareBuilders.Activate(scenario); break;
            case PlanAction.Suspend: plan.Suspend(); break;
            case PlanAction.Resume: plan.Resume(); break;
            case PlanAction.Supersede: plan.Supersede(); break;
            case PlanAction.Complete: plan.Complete(); break;
            case PlanAction.Revoke: plan.Revoke(); break;
            case PlanAction.Revise: plan.Revise(); break;
            case PlanAction.AddIntervention: plan.AddIntervention(CareBuilders.PermanentStay()); break;
            case PlanAction.ChangeIntervention: plan.ChangeIntervention(plan.Interventions[0].Id, CareBuilders.PermanentStay()); break;
            case PlanAction.RemoveIntervention: plan.RemoveIntervention(plan.Interventions[0].Id); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
