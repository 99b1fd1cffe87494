using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Care;

public sealed class DischargeRequestTests
{
    [Fact]
    public void A_new_request_is_submitted_with_distinct_aids()
    {
        var request = new DischargeRequest(Guid.NewGuid(), new HospitalStay("Medicina", "2026/123"), Guid.NewGuid(), Guid.NewGuid(),
            CareBuilders.Later, CareBuilders.Later, "needs", DischargeSetting.TemporaryResidential, ["letto", " letto ", "carrozzina"]);

        Assert.Equal(DischargeRequestStatus.Submitted, request.Status);
        Assert.Equal(["letto", "carrozzina"], request.Aids);
    }

    [Fact]
    public void Acknowledge_links_the_case_of_the_same_person()
    {
        var request = CareBuilders.NewDischargeRequest();
        var careCase = CareBuilders.NewCase(request.PersonId);

        request.Acknowledge(careCase);

        Assert.Equal(DischargeRequestStatus.Acknowledged, request.Status);
        Assert.Equal(careCase.Id, request.CareCaseId);
    }

    [Fact]
    public void Acknowledge_refuses_a_case_of_another_person()
    {
        var request = CareBuilders.NewDischargeRequest();

        var error = Assert.Throws<DomainValidationException>(() => request.Acknowledge(CareBuilders.NewCase()));

        Assert.Equal(nameof(DischargeRequest.CareCaseId), error.Field);
        Assert.Equal(DischargeRequestStatus.Submitted, request.Status);
        Assert.Null(request.CareCaseId);
    }

    [Fact]
    public void RecordAssessment_stores_the_outcome()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.Acknowledged);

        request.RecordAssessment("Needs ADI");

        Assert.Equal("Needs ADI", request.AssessmentOutcome);
    }

    [Fact]
    public void RecordAssessment_without_outcome_keeps_the_request_acknowledged()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.Acknowledged);

        Assert.Throws<DomainValidationException>(() => request.RecordAssessment(" "));

        Assert.Equal(DischargeRequestStatus.Acknowledged, request.Status);
    }

    [Fact]
    public void DefinePathway_records_the_setting()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.Assessed);

        request.DefinePathway(DischargeSetting.IntermediateCare);

        Assert.Equal(DischargeSetting.IntermediateCare, request.DefinedSetting);
    }

    [Fact]
    public void Schedule_records_the_date()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.PathwayDefined);

        request.Schedule(new DateOnly(2026, 2, 5));

        Assert.Equal(new DateOnly(2026, 2, 5), request.ScheduledOn);
    }

    [Fact]
    public void Schedule_again_moves_the_date()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.Scheduled);

        request.Schedule(new DateOnly(2026, 2, 9));

        Assert.Equal(DischargeRequestStatus.Scheduled, request.Status);
        Assert.Equal(new DateOnly(2026, 2, 9), request.ScheduledOn);
    }

    [Fact]
    public void MarkDischarged_records_the_date()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.Scheduled);

        request.MarkDischarged(new DateOnly(2026, 2, 2), CareBuilders.Today);

        Assert.Equal(DischargeRequestStatus.Discharged, request.Status);
        Assert.Equal(new DateOnly(2026, 2, 2), request.DischargedOn);
    }

    [Fact]
    public void Cancel_records_the_reason()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.Assessed);

        request.Cancel("Patient died");

        Assert.Equal(DischargeRequestStatus.Cancelled, request.Status);
        Assert.Equal("Patient died", request.CancellationReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Cancel_requires_a_reason(string reason)
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.Submitted);

        var error = Assert.Throws<DomainValidationException>(() => request.Cancel(reason));

        Assert.Equal(nameof(DischargeRequest.CancellationReason), error.Field);
    }

    [Fact]
    public void Cancel_without_reason_keeps_the_request_open()
    {
        var request = CareBuilders.DischargeRequestIn(DischargeRequestStatus.Submitted);

        Assert.Throws<DomainValidationException>(() => request.Cancel(" "));

        Assert.Equal(DischargeRequestStatus.Submitted, request.Status);
    }
}
