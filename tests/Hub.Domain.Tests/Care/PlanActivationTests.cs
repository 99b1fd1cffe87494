using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Care;

/// <summary>Activation across aggregates: a revision supersedes the version it revises, and the case is taken in charge.</summary>
public sealed class PlanActivationTests
{
    [Fact]
    public void Activating_a_revision_supersedes_the_version_it_revises()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Active);
        var next = ProposedRevision(scenario);

        next.Activate(scenario.Assessment, scenario.Case, scenario.Plan, "Dott. Verdi", CareBuilders.SignedAt, CareBuilders.SignedOn, CareBuilders.ReviewDue);

        Assert.Equal((CarePlanStatus.Active, CarePlanStatus.Superseded), (next.Status, scenario.Plan.Status));
    }

    [Fact]
    public void Activating_a_plan_takes_an_assessing_case_in_charge()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Proposed);

        CareBuilders.Activate(scenario);

        Assert.Equal(CareCaseStatus.Active, scenario.Case.Status);
    }

    [Fact]
    public void A_revision_of_a_version_that_has_ended_is_not_activated_and_nothing_changes()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Active);
        var next = ProposedRevision(scenario);
        scenario.Plan.Complete();

        Assert.Throws<InvalidTransitionException>(() =>
            next.Activate(scenario.Assessment, scenario.Case, scenario.Plan, "Dott. Verdi", CareBuilders.SignedAt, CareBuilders.SignedOn, CareBuilders.ReviewDue));

        Assert.Equal((CarePlanStatus.Proposed, CarePlanStatus.Completed), (next.Status, scenario.Plan.Status));
        Assert.Null(next.AssessmentId);
    }

    [Fact]
    public void A_revision_is_activated_only_with_the_version_it_revises()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Active);
        var next = ProposedRevision(scenario);

        Assert.Throws<ArgumentException>(() =>
            next.Activate(scenario.Assessment, scenario.Case, null, "Dott. Verdi", CareBuilders.SignedAt, CareBuilders.SignedOn, CareBuilders.ReviewDue));
        Assert.Equal(CarePlanStatus.Active, scenario.Plan.Status);
    }

    [Fact]
    public void A_plan_is_activated_only_with_its_own_case()
    {
        var scenario = CareBuilders.PlanIn(CarePlanStatus.Proposed);
        var otherCase = CareBuilders.CaseIn(CareCaseStatus.Assessing);

        Assert.Throws<ArgumentException>(() =>
            scenario.Plan.Activate(scenario.Assessment, otherCase, null, "Dott. Rossi", CareBuilders.SignedAt, CareBuilders.SignedOn, CareBuilders.ReviewDue));
        Assert.Equal((CarePlanStatus.Proposed, CareCaseStatus.Assessing), (scenario.Plan.Status, otherCase.Status));
    }

    private static CarePlan ProposedRevision(PlanScenario scenario)
    {
        var next = scenario.Plan.Revise();
        next.Propose();
        return next;
    }
}
