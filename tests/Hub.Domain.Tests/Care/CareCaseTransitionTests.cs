using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Tests.Common;
using static Hub.Domain.Care.CareCaseStatus;

namespace Hub.Domain.Tests.Care;

public sealed class CareCaseTransitionTests
{
    public enum CaseAction { StartAssessment, Activate, Suspend, Resume, Reassess, Close, Cancel }

    private static readonly CareCaseStatus? No = null;

    private static readonly CareCaseStatus[] Columns = [Referred, Assessing, Active, Suspended, Reassessing, Closed, Cancelled];

    // DESIGN §3: REFERRED → ASSESSING → ACTIVE ⇄ SUSPENDED; ACTIVE → REASSESSING → ACTIVE;
    // any open state → CLOSED | CANCELLED. Closed and cancelled cases are final.
#pragma warning disable format // the expectations are a grid: one column per state
    private static readonly Dictionary<CaseAction, CareCaseStatus?[]> Expected = new()
    {
        //                              Referred   Assessing  Active       Suspended  Reassessing Closed Cancelled
        [CaseAction.StartAssessment] = [Assessing, No,        No,          No,        No,         No,    No],
        [CaseAction.Activate] =        [No,        Active,    No,          No,        Active,     No,    No],
        [CaseAction.Suspend] =         [No,        No,        Suspended,   No,        No,         No,    No],
        [CaseAction.Resume] =          [No,        No,        No,          Active,    No,         No,    No],
        [CaseAction.Reassess] =        [No,        No,        Reassessing, No,        No,         No,    No],
        [CaseAction.Close] =           [Closed,    Closed,    Closed,      Closed,    Closed,     No,    No],
        [CaseAction.Cancel] =          [Cancelled, Cancelled, Cancelled,   Cancelled, Cancelled,  No,    No],
    };
#pragma warning restore format

    public static TheoryData<CareCaseStatus, CaseAction, CareCaseStatus> Allowed => TransitionGrid.Allowed(Columns, Expected);

    public static TheoryData<CareCaseStatus, CaseAction> Refused => TransitionGrid.Refused(Columns, Expected);

    public static TheoryData<CareCaseStatus> States => new(Enum.GetValues<CareCaseStatus>());

    [Fact]
    public void Expectations_cover_every_state_and_action() => TransitionGrid.AssertComplete(Columns, Expected);

    [Theory]
    [MemberData(nameof(States))]
    public void Builder_brings_a_case_into_the_requested_state(CareCaseStatus status)
    {
        var careCase = CareBuilders.CaseIn(status);

        Assert.Equal(status, careCase.Status);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_action_lands_in_the_expected_state(CareCaseStatus from, CaseAction action, CareCaseStatus to)
    {
        var careCase = CareBuilders.CaseIn(from);

        Perform(careCase, action);

        Assert.Equal(to, careCase.Status);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_action_throws_and_keeps_the_state(CareCaseStatus from, CaseAction action)
    {
        var careCase = CareBuilders.CaseIn(from);

        var error = Assert.Throws<InvalidTransitionException>(() => Perform(careCase, action));

        Assert.Equal(from, careCase.Status);
        Assert.Equal(from.ToString(), error.From);
    }

    private static void Perform(CareCase careCase, CaseAction action)
    {
        switch (action)
        {
            case CaseAction.StartAssessment: careCase.StartAssessment(); break;
            case CaseAction.Activate: careCase.Activate(); break;
            case CaseAction.Suspend: careCase.Suspend(); break;
            case CaseAction.Resume: careCase.Resume(); break;
            case CaseAction.Reassess: careCase.Reassess(); break;
            case CaseAction.Close: careCase.Close(ClosureReason.Other, CareBuilders.Later.AddDays(30), CareBuilders.Today, []); break;
            case CaseAction.Cancel: careCase.Cancel(CareBuilders.Later.AddDays(30), CareBuilders.Today); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
