using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

/// <summary>A plan review: SOCIAL like the plan's goals it judges.</summary>
public sealed class PlanReviewType : HubObjectGraphType<PlanReview>
{
    public PlanReviewType() : base("PlanReview", "A review of a plan in force (verifica del PAP): each goal's outcome and the next review.", Sensitivity.Social)
    {
        Field(r => r.ReviewedOn).Description("When the plan was reviewed (data della verifica).");
        Field(r => r.NextReviewOn).Description("When it is next reviewed (prossima verifica); the plan's reviewDue.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalReviewType>>>>("goals").Description("Each goal judged, in the order given (esiti per obiettivo).")
            .Resolve(context => context.Source.Goals);
        Field(r => r.Notes, nullable: true).Description("What the review concluded, in words (note).");
        Field<NonNullGraphType<StringGraphType>>("by").Description("Who recorded it: the caller's subject (sub), as the audit trail names it.").Sensitive(Sensitivity.Personal)
            .Resolve(context => context.Source.CreatedBy);
    }
}

/// <summary>One goal's outcome at a review: SOCIAL.</summary>
public sealed class GoalReviewType : HubObjectGraphType<GoalReview>
{
    public GoalReviewType() : base("GoalReview", "One goal of a plan as judged at a review (obiettivo ed esito).", Sensitivity.Social)
    {
        Field(g => g.Goal).Description("The goal, in words (obiettivo).");
        Field(g => g.Outcome).Description("How far it was reached (esito).");
        Field(g => g.Note, nullable: true).Description("A note on it, when written.");
    }
}
