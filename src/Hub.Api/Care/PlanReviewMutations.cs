using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;

namespace Hub.Api.Care;

/// <summary>Plan reviews (verifica): recorded on a plan in force, never changed.</summary>
public sealed class PlanReviewMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Change<RecordPlanReviewInput, CarePlan, CarePlanPayloadType>("recordPlanReview",
            "Records a review of an active or suspended plan: each goal MET, PARTLY_MET or NOT_MET, and the next review, which becomes its reviewDue (verifica del PAP).",
            Permission.ManageCarePlans, i => new(i.CarePlanId, i.ExpectedVersion), (m, plan, i) =>
                m.Db.PlanReviews.Add(plan.Review(i.ReviewedOn ?? m.Today, i.NextReviewOn, [.. i.Goals.Select(g => new GoalReview(g.Goal, g.Outcome, g.Note))], i.Notes, m.Today)));
}
