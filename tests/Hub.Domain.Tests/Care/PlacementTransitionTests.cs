using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Tests.Common;
using static Hub.Domain.Care.PlacementStatus;

namespace Hub.Domain.Tests.Care;

public sealed class PlacementTransitionTests
{
    public enum PlacementAction { Waitlist, Offer, Confirm, Decline, Expire, Cancel, Admit, RecordAbsence, RecordReturn, Discharge }

    private static readonly PlacementStatus? No = null;

    private static readonly PlacementStatus[] Columns =
        [Requested, Waitlisted, Offered, Confirmed, Admitted, Absent, Discharged, Declined, Expired, Cancelled];

    // DESIGN §3: REQUESTED → WAITLISTED → OFFERED → CONFIRMED → ADMITTED ⇄ ABSENT → DISCHARGED;
    // and DECLINED | EXPIRED | CANCELLED. A request may be offered straight away, a waitlisted one
    // re-prioritised; an offer is declined, a wait or an offer lapses; a placement is cancelled until
    // admission. Discharged, declined, expired and cancelled are final.
#pragma warning disable format // the expectations are a grid: one column per state
    private static readonly Dictionary<PlacementAction, PlacementStatus?[]> Expected = new()
    {
        //                                 Requested   Waitlisted  Offered    Confirmed  Admitted    Absent      Discharged Declined Expired Cancelled
        [PlacementAction.Waitlist] =      [Waitlisted, Waitlisted, No,        No,        No,         No,         No,        No,      No,     No],
        [PlacementAction.Offer] =         [Offered,    Offered,    No,        No,        No,         No,         No,        No,      No,     No],
        [PlacementAction.Confirm] =       [No,         No,         Confirmed, No,        No,         No,         No,        No,      No,     No],
        [PlacementAction.Decline] =       [No,         No,         Declined,  No,        No,         No,         No,        No,      No,     No],
        [PlacementAction.Expire] =        [No,         Expired,    Expired,   No,        No,         No,         No,        No,      No,     No],
        [PlacementAction.Cancel] =        [Cancelled,  Cancelled,  Cancelled, Cancelled, No,         No,         No,        No,      No,     No],
        [PlacementAction.Admit] =         [No,         No,         No,        Admitted,  No,         No,         No,        No,      No,     No],
        [PlacementAction.RecordAbsence] = [No,         No,         No,        No,        Absent,     No,         No,        No,      No,     No],
        [PlacementAction.RecordReturn] =  [No,         No,         No,        No,        No,         Admitted,   No,        No,      No,     No],
        [PlacementAction.Discharge] =     [No,         No,         No,        No,        Discharged, Discharged, No,        No,      No,     No],
    };
#pragma warning restore format

    public static TheoryData<PlacementStatus, PlacementAction, PlacementStatus> Allowed => TransitionGrid.Allowed(Columns, Expected);

    public static TheoryData<PlacementStatus, PlacementAction> Refused => TransitionGrid.Refused(Columns, Expected);

    public static TheoryData<PlacementStatus> States => new(Enum.GetValues<PlacementStatus>());

    [Fact]
    public void Expectations_cover_every_state_and_action() => TransitionGrid.AssertComplete(Columns, Expected);

    [Theory]
    [MemberData(nameof(States))]
    public void Builder_brings_a_placement_into_the_requested_state(PlacementStatus status)
    {
        var scenario = CareBuilders.PlacementIn(status);

        Assert.Equal(status, scenario.Placement.Status);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_action_lands_in_the_expected_state(PlacementStatus from, PlacementAction action, PlacementStatus to)
    {
        var scenario = CareBuilders.PlacementIn(from);

        Perform(scenario, action);

        Assert.Equal(to, scenario.Placement.Status);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_action_throws_and_keeps_the_state(PlacementStatus from, PlacementAction action)
    {
        var scenario = CareBuilders.PlacementIn(from);
        var occupied = scenario.Module.OccupiedPlaces;

        var error = Assert.Throws<InvalidTransitionException>(() => Perform(scenario, action));

        Assert.Equal(from, scenario.Placement.Status);
        Assert.Equal(from.ToString(), error.From);
        Assert.Equal(occupied, scenario.Module.OccupiedPlaces);
    }

    private static void Perform(PlacementScenario scenario, PlacementAction action)
    {
        var (placement, module) = scenario;
        var on = CareBuilders.Later.AddDays(20);
        switch (action)
        {
            case PlacementAction.Waitlist: placement.Waitlist(2); break;
            case PlacementAction.Offer: placement.Offer(on, on.AddDays(7)); break;
            case PlacementAction.Confirm: placement.Confirm(); break;
            case PlacementAction.Decline: placement.Decline("Family prefers home care"); break;
            case PlacementAction.Expire: placement.Expire(); break;
            case PlacementAction.Cancel: placement.Cancel("Case closed"); break;
            case PlacementAction.Admit: placement.Admit(module, on, CareBuilders.Today); break;
            case PlacementAction.RecordAbsence: placement.RecordAbsence(on, CareBuilders.Today); break;
            case PlacementAction.RecordReturn: placement.RecordReturn(); break;
            case PlacementAction.Discharge: placement.Discharge(module, CareBuilders.StayEnd, PlacementDischargeReason.ReturnHome, CareBuilders.Today); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
