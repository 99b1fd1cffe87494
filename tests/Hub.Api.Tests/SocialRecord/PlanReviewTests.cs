using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.SocialRecord;

public abstract class PlanReviewTests(HubApiHost host) : HubApiTest(host)
{
    private const string Plan = "query($id: ID!) { node(id: $id) { ... on CarePlan { reviewDue reviews { reviewedOn nextReviewOn notes goals { goal outcome note } } } } }";

    [Fact]
    public async Task A_review_records_each_goals_outcome_and_the_next_review_becomes_the_plans_review_date()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, planId, _, _) = await world.ActivePlanAsync();
        var next = CareWorld.Today.AddMonths(3).ToString("yyyy-MM-dd");

        await world.SocialWorker.Succeed("recordPlanReview", "RecordPlanReviewInput", new
        {
            carePlanId = planId, nextReviewOn = next, notes = "Sollievo efficace; rientro a domicilio da preparare.",
            goals = new object[]
            {
                new { goal = "Sollievo del caregiver", outcome = "MET" },
                new { goal = "Recupero della deambulazione", outcome = "PARTLY_MET", note = "Cammina con il deambulatore" },
                new { goal = "Rientro a domicilio", outcome = "NOT_MET" },
            },
        }, "carePlan");

        var plan = (await world.SocialWorker.Client.DataAsync(Plan, new { id = planId })).At("node");
        var review = Assert.Single(plan.At("reviews").EnumerateArray());
        Assert.Equal((next, next, CareWorld.Today.ToString("yyyy-MM-dd")), (plan.At("reviewDue").GetString(), review.At("nextReviewOn").GetString(), review.At("reviewedOn").GetString()));
        Assert.Equal(["MET", "PARTLY_MET", "NOT_MET"], review.At("goals").EnumerateArray().Select(g => g.At("outcome").GetString()));
        Assert.Equal("Cammina con il deambulatore", review.At("goals")[1].At("note").GetString());
    }

    [Fact]
    public async Task A_plan_not_in_force_is_not_reviewed_and_a_review_judges_at_least_one_goal()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, planId, _, _) = await world.ActivePlanAsync();
        var draft = (await world.SocialWorker.Succeed("reviseCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan")).At("id").GetString();
        var next = CareWorld.Today.AddMonths(3).ToString("yyyy-MM-dd");

        var onDraft = await world.SocialWorker.Refused("recordPlanReview", "RecordPlanReviewInput",
            new { carePlanId = draft, nextReviewOn = next, goals = new[] { new { goal = "Sollievo", outcome = "MET" } } }, "carePlan");
        var empty = await world.SocialWorker.Refused("recordPlanReview", "RecordPlanReviewInput", new { carePlanId = planId, nextReviewOn = next, goals = Array.Empty<object>() }, "carePlan");

        Assert.Equal(("InvalidTransitionError", "DRAFT"), (onDraft.At("__typename").GetString(), onDraft.At("from").GetString()));
        Assert.Equal(("ValidationError", "goals"), (empty.At("__typename").GetString(), empty.At("field").GetString()));
    }

    [Fact]
    public async Task A_case_does_not_close_while_an_intervention_of_its_plan_in_force_runs_and_closes_once_the_plan_is_completed()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (caseId, planId, _, _) = await world.ActivePlanAsync();

        var refused = await world.SocialWorker.Refused("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase");
        await world.SocialWorker.Succeed("completeCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan");
        var closed = await world.SocialWorker.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase", "status");

        Assert.Equal(("ValidationError", "closedOn"), (refused.At("__typename").GetString(), refused.At("field").GetString()));
        Assert.Contains("complete or revoke the plan", refused.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("CLOSED", closed.At("status").GetString());
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqlitePlanReviewTests(HubApiFactory host) : PlanReviewTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresPlanReviewTests(PostgresHubApiFactory host) : PlanReviewTests(host);
