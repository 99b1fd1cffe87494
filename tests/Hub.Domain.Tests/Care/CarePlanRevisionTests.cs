using Hub.Domain.Care;

namespace Hub.Domain.Tests.Care;

public sealed class CarePlanRevisionTests
{
    [Fact]
    public void Revise_starts_the_next_version_as_a_draft()
    {
        var plan = CareBuilders.PlanIn(CarePlanStatus.Active).Plan;

        var next = plan.Revise();

        Assert.Equal(CarePlanStatus.Draft, next.Status);
        Assert.Equal(plan.Revision + 1, next.Revision);
        Assert.Equal(plan.Id, next.PreviousPlanId);
        Assert.NotEqual(plan.Id, next.Id);
    }

    [Fact]
    public void Revise_keeps_case_person_type_and_goals()
    {
        var plan = CareBuilders.PlanIn(CarePlanStatus.Active).Plan;

        var next = plan.Revise();

        Assert.Equal(plan.CareCaseId, next.CareCaseId);
        Assert.Equal(plan.PersonId, next.PersonId);
        Assert.Equal(plan.Type, next.Type);
        Assert.Equal(plan.Goals, next.Goals);
    }

    [Fact]
    public void Revise_leaves_the_signature_to_the_new_activation()
    {
        var plan = CareBuilders.PlanIn(CarePlanStatus.Active).Plan;

        var next = plan.Revise();

        Assert.Null(next.AssessmentId);
        Assert.Null(next.SignedBy);
        Assert.Null(next.SignedAt);
        Assert.Null(next.ReviewDue);
    }

    [Fact]
    public void Revise_copies_the_interventions_under_new_ids()
    {
        var plan = CareBuilders.PlanIn(CarePlanStatus.Active).Plan;
        var original = Assert.Single(plan.Interventions);

        var copy = Assert.Single(plan.Revise().Interventions);

        Assert.NotEqual(original.Id, copy.Id);
        Assert.Equal(original.Details, copy.Details);
    }

    [Fact]
    public void Revise_attaches_the_copies_to_the_new_version()
    {
        var plan = CareBuilders.PlanIn(CarePlanStatus.Active).Plan;

        var next = plan.Revise();

        Assert.Equal(next.Id, Assert.Single(next.Interventions).CarePlanId);
    }

    [Fact]
    public void Revise_leaves_the_revised_plan_unchanged()
    {
        var plan = CareBuilders.PlanIn(CarePlanStatus.Active).Plan;
        var original = plan.Interventions[0];

        plan.Revise().AddIntervention(CareBuilders.PermanentStay());

        Assert.Equal(CarePlanStatus.Active, plan.Status);
        Assert.Same(original, Assert.Single(plan.Interventions));
    }

    [Fact]
    public void A_revision_can_be_changed_proposed_and_activated()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Active);
        var next = scenario.Plan.Revise();

        next.ChangeIntervention(next.Interventions[0].Id, CareBuilders.PermanentStay());
        next.Propose();
        next.Activate(scenario.Assessment, scenario.Case, scenario.Plan, "Dott. Verdi", CareBuilders.SignedAt, CareBuilders.SignedOn, CareBuilders.ReviewDue);

        Assert.Equal(CarePlanStatus.Active, next.Status);
        Assert.Equal(InterventionKind.PermanentResidential, next.Interventions[0].Kind);
    }
}
