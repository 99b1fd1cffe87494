using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Care;

public sealed class CarePlanTests
{
    [Fact]
    public void A_new_plan_is_a_first_revision_draft_of_its_case()
    {
        var careCase = CareBuilders.CaseIn(CareCaseStatus.Assessing);

        var plan = new CarePlan(careCase, CarePlanKind.Pap, "goals");

        Assert.Equal(CarePlanStatus.Draft, plan.Status);
        Assert.Equal(1, plan.Revision);
        Assert.Equal(careCase.Id, plan.CareCaseId);
        Assert.Equal(careCase.PersonId, plan.PersonId);
        Assert.Null(plan.PreviousPlanId);
    }

    [Theory]
    [InlineData(CareCaseStatus.Closed)]
    [InlineData(CareCaseStatus.Cancelled)]
    public void A_plan_cannot_be_drafted_on_a_finished_case(CareCaseStatus status)
    {
        var careCase = CareBuilders.CaseIn(status);

        Assert.Throws<InvalidTransitionException>(() => new CarePlan(careCase, CarePlanKind.Pap, "goals"));
    }

    [Fact]
    public void Propose_refuses_a_plan_without_interventions()
    {
        var plan = new CarePlan(CareBuilders.CaseIn(CareCaseStatus.Assessing), CarePlanKind.Pap, "goals");

        var error = Assert.Throws<DomainValidationException>(plan.Propose);

        Assert.Equal(nameof(CarePlan.Interventions), error.Field);
        Assert.Equal(CarePlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void AddIntervention_attaches_it_to_the_plan()
    {
        var plan = new CarePlan(CareBuilders.CaseIn(CareCaseStatus.Assessing), CarePlanKind.Pap, "goals");
        var details = CareBuilders.HomeCare();

        var intervention = plan.AddIntervention(details);

        Assert.Same(intervention, Assert.Single(plan.Interventions));
        Assert.Equal(plan.Id, intervention.CarePlanId);
        Assert.Equal(details, intervention.Details);
    }

    [Fact]
    public void ChangeIntervention_replaces_its_details_in_a_draft()
    {
        var plan = CareBuilders.DraftPlan().Plan;
        var intervention = plan.Interventions[0];
        var details = CareBuilders.TemporaryStay(CareBuilders.StayEnd);

        plan.ChangeIntervention(intervention.Id, details);

        Assert.Equal(details, intervention.Details);
    }

    [Fact]
    public void RemoveIntervention_takes_it_out_of_a_draft()
    {
        var plan = CareBuilders.DraftPlan().Plan;

        plan.RemoveIntervention(plan.Interventions[0].Id);

        Assert.Empty(plan.Interventions);
    }

    [Fact]
    public void ChangeIntervention_refuses_an_intervention_of_another_plan()
    {
        var plan = CareBuilders.DraftPlan().Plan;
        var other = CareBuilders.DraftPlan().Plan.Interventions[0];

        Assert.Throws<DomainValidationException>(() => plan.ChangeIntervention(other.Id, CareBuilders.HomeCare()));
    }

    [Fact]
    public void AddIntervention_refuses_a_temporary_residential_stay_without_end_date()
    {
        var plan = CareBuilders.DraftPlan().Plan;

        var error = Assert.Throws<DomainValidationException>(() => plan.AddIntervention(CareBuilders.TemporaryStay(null)));

        Assert.Equal(nameof(Intervention.EndsOn), error.Field);
        Assert.Single(plan.Interventions);
    }

    [Fact]
    public void ChangeIntervention_refuses_a_temporary_residential_stay_without_end_date()
    {
        var plan = CareBuilders.DraftPlan().Plan;
        var intervention = plan.Interventions[0];
        var before = intervention.Details;

        Assert.Throws<DomainValidationException>(() => plan.ChangeIntervention(intervention.Id, CareBuilders.TemporaryStay(null)));

        Assert.Equal(before, intervention.Details);
    }

    [Fact]
    public void AddIntervention_refuses_an_end_before_the_start()
    {
        var plan = CareBuilders.DraftPlan().Plan;

        Assert.Throws<DomainValidationException>(
            () => plan.AddIntervention(CareBuilders.TemporaryStay(CareBuilders.Later.AddDays(-1))));
    }

    [Fact]
    public void Activate_signs_the_plan_on_the_assessment()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Proposed);

        scenario.Plan.Activate(scenario.Assessment, scenario.Case, null, "Dott. Rossi", CareBuilders.SignedAt, CareBuilders.SignedOn, CareBuilders.ReviewDue);

        Assert.Equal(CarePlanStatus.Active, scenario.Plan.Status);
        Assert.Equal(scenario.Assessment.Id, scenario.Plan.AssessmentId);
        Assert.Equal("Dott. Rossi", scenario.Plan.SignedBy);
        Assert.Equal(CareBuilders.SignedAt, scenario.Plan.SignedAt);
        Assert.Equal(CareBuilders.ReviewDue, scenario.Plan.ReviewDue);
    }

    [Fact]
    public void Activate_refuses_an_assessment_of_another_case()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Proposed);
        var otherAssessment = CareBuilders.RecordAssessment(CareBuilders.CaseIn(CareCaseStatus.Assessing));

        var error = Assert.Throws<DomainValidationException>(() => scenario.Plan.Activate(
            otherAssessment, scenario.Case, null, "Dott. Rossi", CareBuilders.SignedAt, CareBuilders.SignedOn, CareBuilders.ReviewDue));

        Assert.Equal(nameof(CarePlan.AssessmentId), error.Field);
        Assert.Equal(CarePlanStatus.Proposed, scenario.Plan.Status);
        Assert.Null(scenario.Plan.AssessmentId);
    }

    [Fact]
    public void Activate_refuses_a_review_date_before_the_signature()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Proposed);

        Assert.Throws<DomainValidationException>(() => scenario.Plan.Activate(
            scenario.Assessment, scenario.Case, null, "Dott. Rossi", CareBuilders.SignedAt, CareBuilders.SignedOn, CareBuilders.SignedOn.AddDays(-1)));

        Assert.Equal(CarePlanStatus.Proposed, scenario.Plan.Status);
    }

    [Fact]
    public void Activate_without_a_signer_keeps_the_plan_proposed()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Proposed);

        Assert.Throws<DomainValidationException>(() => scenario.Plan.Activate(
            scenario.Assessment, scenario.Case, null, " ", CareBuilders.SignedAt, CareBuilders.SignedOn, CareBuilders.ReviewDue));

        Assert.Equal(CarePlanStatus.Proposed, scenario.Plan.Status);
        Assert.Null(scenario.Plan.AssessmentId);
    }
}
