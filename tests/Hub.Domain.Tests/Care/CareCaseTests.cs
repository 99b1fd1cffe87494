using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Care;

public sealed class CareCaseTests
{
    [Fact]
    public void A_new_case_is_referred_and_open()
    {
        var careCase = CareBuilders.NewCase();

        Assert.Equal(CareCaseStatus.Referred, careCase.Status);
        Assert.True(careCase.IsOpen);
    }

    [Fact]
    public void Close_records_reason_and_date()
    {
        var careCase = CareBuilders.CaseIn(CareCaseStatus.Active);

        careCase.Close(ClosureReason.Deceased, new DateOnly(2026, 3, 1), CareBuilders.Today, []);

        Assert.Equal(CareCaseStatus.Closed, careCase.Status);
        Assert.Equal(ClosureReason.Deceased, careCase.ClosureReason);
        Assert.Equal(new DateOnly(2026, 3, 1), careCase.ClosedOn);
    }

    [Fact]
    public void Close_accepts_the_opening_date()
    {
        var careCase = CareBuilders.CaseIn(CareCaseStatus.Referred);

        careCase.Close(ClosureReason.Inappropriate, CareBuilders.OpenedOn, CareBuilders.Today, []);

        Assert.Equal(CareBuilders.OpenedOn, careCase.ClosedOn);
    }

    [Fact]
    public void Close_refuses_a_date_before_the_opening()
    {
        var careCase = CareBuilders.CaseIn(CareCaseStatus.Active);

        var error = Assert.Throws<DomainValidationException>(
            () => careCase.Close(ClosureReason.GoalsMet, CareBuilders.OpenedOn.AddDays(-1), CareBuilders.Today, []));

        Assert.Equal(nameof(CareCase.ClosedOn), error.Field);
        Assert.Equal(CareCaseStatus.Active, careCase.Status);
        Assert.Null(careCase.ClosureReason);
        Assert.Null(careCase.ClosedOn);
    }

    [Fact]
    public void Cancel_records_the_date_without_a_closure_reason()
    {
        var careCase = CareBuilders.CaseIn(CareCaseStatus.Referred);

        careCase.Cancel(CareBuilders.Later, CareBuilders.Today);

        Assert.Equal(CareCaseStatus.Cancelled, careCase.Status);
        Assert.Equal(CareBuilders.Later, careCase.ClosedOn);
        Assert.Null(careCase.ClosureReason);
    }

    [Theory]
    [InlineData(CareCaseStatus.Referred)]
    [InlineData(CareCaseStatus.Assessing)]
    [InlineData(CareCaseStatus.Active)]
    [InlineData(CareCaseStatus.Suspended)]
    [InlineData(CareCaseStatus.Reassessing)]
    public void AssignCaseManager_sets_the_manager_on_an_open_case(CareCaseStatus status)
    {
        var careCase = CareBuilders.CaseIn(status);
        var manager = CareBuilders.SocialWorker();

        careCase.AssignCaseManager(manager.Id, careCase.OpenedOn);

        Assert.Equal(manager.Id, careCase.CaseManagerId);
    }

    [Theory]
    [InlineData(CareCaseStatus.Closed)]
    [InlineData(CareCaseStatus.Cancelled)]
    public void AssignCaseManager_is_refused_on_a_finished_case(CareCaseStatus status)
    {
        var careCase = CareBuilders.CaseIn(status);

        Assert.Throws<InvalidTransitionException>(() => careCase.AssignCaseManager(Guid.NewGuid(), careCase.OpenedOn));

        Assert.Null(careCase.CaseManagerId);
    }

    [Theory]
    [InlineData(CareCaseStatus.Referred, true)]
    [InlineData(CareCaseStatus.Assessing, true)]
    [InlineData(CareCaseStatus.Active, true)]
    [InlineData(CareCaseStatus.Suspended, true)]
    [InlineData(CareCaseStatus.Reassessing, true)]
    [InlineData(CareCaseStatus.Closed, false)]
    [InlineData(CareCaseStatus.Cancelled, false)]
    public void IsOpen_is_false_only_for_closed_and_cancelled_cases(CareCaseStatus status, bool open)
    {
        var careCase = CareBuilders.CaseIn(status);

        Assert.Equal(open, careCase.IsOpen);
    }

    [Fact]
    public void WriteNotes_stores_blank_notes_as_none()
    {
        var careCase = CareBuilders.NewCase();

        careCase.WriteNotes("   ");

        Assert.Null(careCase.Notes);
    }
}
