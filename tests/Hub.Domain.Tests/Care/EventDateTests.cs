using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Services;
using Hub.Domain.Structures;

namespace Hub.Domain.Tests.Care;

/// <summary>
/// Events are dated no earlier than their object's own earlier facts and no later than today;
/// only plans (a scheduled discharge, an offer's expiry, a stay's maximum end) look ahead.
/// </summary>
public sealed class EventDateTests
{
    private static readonly DateOnly Tomorrow = CareBuilders.Today.AddDays(1);

    [Fact]
    public void RecordAbsence_refuses_a_day_before_the_admission()
    {
        var placement = CareBuilders.PlacementIn(PlacementStatus.Admitted).Placement;

        var error = Assert.Throws<DomainValidationException>(() => placement.RecordAbsence(new DateOnly(1900, 1, 1), CareBuilders.Today));

        Assert.Equal(nameof(Placement.AbsentSince), error.Field);
        Assert.Equal(PlacementStatus.Admitted, placement.Status);
    }

    [Fact]
    public void RecordAbsence_refuses_a_future_day()
    {
        var placement = CareBuilders.PlacementIn(PlacementStatus.Admitted).Placement;

        Assert.Throws<DomainValidationException>(() => placement.RecordAbsence(Tomorrow, CareBuilders.Today));
    }

    [Fact]
    public void Close_refuses_a_future_day()
    {
        var careCase = CareBuilders.CaseIn(CareCaseStatus.Active);

        var error = Assert.Throws<DomainValidationException>(() => careCase.Close(ClosureReason.GoalsMet, new DateOnly(2999, 12, 31), CareBuilders.Today, []));

        Assert.Equal(nameof(CareCase.ClosedOn), error.Field);
        Assert.True(careCase.IsOpen);
    }

    [Fact]
    public void Cancel_refuses_a_future_day()
    {
        var careCase = CareBuilders.NewCase();

        Assert.Throws<DomainValidationException>(() => careCase.Cancel(Tomorrow, CareBuilders.Today));
    }

    [Fact]
    public void A_case_cannot_be_opened_in_the_future()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            new CareCase(Guid.NewGuid(), Guid.NewGuid(), ServiceArea.NonSelfSufficiency, AccessChannel.Self, Tomorrow, CareBuilders.Today));

        Assert.Equal(nameof(CareCase.OpenedOn), error.Field);
    }

    [Fact]
    public void Admit_refuses_a_future_day()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Confirmed);

        var error = Assert.Throws<DomainValidationException>(() => placement.Admit(module, Tomorrow, CareBuilders.Today));

        Assert.Equal(nameof(Placement.AdmittedOn), error.Field);
        Assert.Equal(0, module.OccupiedPlaces);
    }

    [Fact]
    public void Admit_refuses_a_day_before_the_request()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Confirmed);

        Assert.Throws<DomainValidationException>(() => placement.Admit(module, CareBuilders.OpenedOn.AddDays(-1), CareBuilders.Today));
    }

    [Fact]
    public void Discharge_refuses_a_future_day()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Admitted);

        var error = Assert.Throws<DomainValidationException>(() => placement.Discharge(module, Tomorrow, PlacementDischargeReason.ReturnHome, CareBuilders.Today));

        Assert.Equal(nameof(Placement.EndedOn), error.Field);
    }

    [Fact]
    public void Discharge_refuses_a_day_before_the_absence_began()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Absent);

        Assert.Throws<DomainValidationException>(() =>
            placement.Discharge(module, placement.AbsentSince!.Value.AddDays(-1), PlacementDischargeReason.ReturnHome, CareBuilders.Today));
    }

    [Fact]
    public void A_placement_cannot_be_requested_in_the_future_though_its_end_may_lie_ahead()
    {
        var intervention = CareBuilders.InterventionOf(CareBuilders.TemporaryStay(new DateOnly(2027, 6, 30)));
        var module = CareBuilders.Module();

        var placement = new Placement(intervention, Guid.NewGuid(), module, CareBuilders.Today, new DateOnly(2027, 6, 30), CareBuilders.Today, PlacementsInCourse.Of(Guid.Empty, []));

        Assert.Equal(new DateOnly(2027, 6, 30), placement.MaximumEndDate);
        Assert.Throws<DomainValidationException>(() =>
            new Placement(intervention, Guid.NewGuid(), module, Tomorrow, new DateOnly(2027, 6, 30), CareBuilders.Today, PlacementsInCourse.Of(Guid.Empty, [])));
    }

    [Fact]
    public void An_assessment_cannot_be_dated_in_the_future()
    {
        var careCase = CareBuilders.CaseIn(CareCaseStatus.Assessing);

        var error = Assert.Throws<DomainValidationException>(() => Assessment.Record(careCase, AssessmentKind.First, "SVAMA", 3, Tomorrow, "RT-2026",
            [], [CareBuilders.SocialWorker()], CareBuilders.Today));

        Assert.Equal(nameof(Assessment.AssessedOn), error.Field);
    }

    [Fact]
    public void A_discharge_may_be_scheduled_in_the_future_but_not_marked_done_there()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.PathwayDefined);

        request.Schedule(Tomorrow);

        Assert.Equal(Tomorrow, request.ScheduledOn);
        var error = Assert.Throws<DomainValidationException>(() => request.MarkDischarged(Tomorrow, CareBuilders.Today));
        Assert.Equal(nameof(DischargeRequest.DischargedOn), error.Field);
        Assert.Equal(DischargeRequestStatus.Scheduled, request.Status);
    }

    [Fact]
    public void A_discharge_cannot_be_scheduled_before_the_request_was_filed()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.PathwayDefined);

        Assert.Throws<DomainValidationException>(() => request.Schedule(request.SubmittedOn.AddDays(-1)));
        Assert.Equal(DischargeRequestStatus.PathwayDefined, request.Status);
    }
}
