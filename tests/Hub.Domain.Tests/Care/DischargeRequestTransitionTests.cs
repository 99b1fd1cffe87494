using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Tests.Common;
using static Hub.Domain.Care.DischargeRequestStatus;

namespace Hub.Domain.Tests.Care;

public sealed class DischargeRequestTransitionTests
{
    public enum RequestAction { Acknowledge, RecordAssessment, DefinePathway, Schedule, MarkDischarged, Cancel }

    private static readonly DischargeRequestStatus? No = null;

    private static readonly DischargeRequestStatus[] Columns =
        [Submitted, Acknowledged, Assessed, PathwayDefined, Scheduled, Discharged, Cancelled];

    // DESIGN §3: SUBMITTED → ACKNOWLEDGED → ASSESSED → PATHWAY_DEFINED → SCHEDULED → DISCHARGED | CANCELLED.
    // A scheduled discharge may be rescheduled; any request not yet discharged may be cancelled.
#pragma warning disable format // the expectations are a grid: one column per state
    private static readonly Dictionary<RequestAction, DischargeRequestStatus?[]> Expected = new()
    {
        //                                  Submitted     Acknowledged Assessed        PathwayDefined Scheduled   Discharged Cancelled
        [RequestAction.Acknowledge] =      [Acknowledged, No,          No,             No,            No,         No,        No],
        [RequestAction.RecordAssessment] = [No,           Assessed,    No,             No,            No,         No,        No],
        [RequestAction.DefinePathway] =    [No,           No,          PathwayDefined, No,            No,         No,        No],
        [RequestAction.Schedule] =         [No,           No,          No,             Scheduled,     Scheduled,  No,        No],
        [RequestAction.MarkDischarged] =   [No,           No,          No,             No,            Discharged, No,        No],
        [RequestAction.Cancel] =           [Cancelled,    Cancelled,   Cancelled,      Cancelled,     Cancelled,  No,        No],
    };
#pragma warning restore format

    public static TheoryData<DischargeRequestStatus, RequestAction, DischargeRequestStatus> Allowed =>
        TransitionGrid.Allowed(Columns, Expected);

    public static TheoryData<DischargeRequestStatus, RequestAction> Refused => TransitionGrid.Refused(Columns, Expected);

    public static TheoryData<DischargeRequestStatus> States => new(Enum.GetValues<DischargeRequestStatus>());

    [Fact]
    public void Expectations_cover_every_state_and_action() => TransitionGrid.AssertComplete(Columns, Expected);

    [Theory]
    [MemberData(nameof(States))]
    public void Builder_brings_a_request_into_the_requested_state(DischargeRequestStatus status)
    {
        var request = CareBuilders.DischargeRequestIn(status);

        Assert.Equal(status, request.Status);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_action_lands_in_the_expected_state(DischargeRequestStatus from, RequestAction action, DischargeRequestStatus to)
    {
        var request = CareBuilders.DischargeRequestIn(from);

        Perform(request, action);

        Assert.Equal(to, request.Status);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_action_throws_and_keeps_the_state(DischargeRequestStatus from, RequestAction action)
    {
        var request = CareBuilders.DischargeRequestIn(from);

        var error = Assert.Throws<InvalidTransitionException>(() => Perform(request, action));

        Assert.Equal(from, request.Status);
        Assert.Equal(from.ToString(), error.From);
    }

    private static void Perform(DischargeRequest request, RequestAction action)
    {
        var on = CareBuilders.Later.AddDays(3);
        switch (action)
        {
            case RequestAction.Acknowledge: request.Acknowledge(CareBuilders.NewCase(request.PersonId)); break;
            case RequestAction.RecordAssessment: request.RecordAssessment("Needs home care"); break;
            case RequestAction.DefinePathway: request.DefinePathway(DischargeSetting.HomeWithCare); break;
            case RequestAction.Schedule: request.Schedule(on); break;
            case RequestAction.MarkDischarged: request.MarkDischarged(on, CareBuilders.Today); break;
            case RequestAction.Cancel: request.Cancel("Transferred to another hospital"); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
