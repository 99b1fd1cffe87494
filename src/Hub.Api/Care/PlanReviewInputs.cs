using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Domain.Care;

namespace Hub.Api.Care;

[Description("Records a review of a plan in force (verifica): each goal's outcome and the next review date.")]
public sealed record RecordPlanReviewInput(
    [property: Id, Description("The plan (CarePlan id), ACTIVE or SUSPENDED.")] string CarePlanId,
    [property: Description("When it was reviewed, not before the signature; today when omitted.")] DateOnly? ReviewedOn,
    [property: Description("When it is next reviewed, after this review; becomes the plan's reviewDue.")] DateOnly NextReviewOn,
    [property: Description("Each goal judged, at least one (esiti per obiettivo).")] IReadOnlyList<GoalReviewInput> Goals,
    [property: Column<PlanReview>(nameof(PlanReview.Notes)), Description("What the review concluded, in words (note).")] string? Notes,
    [property: Description("The version read; the change is refused when the plan has changed since.")] long? ExpectedVersion);

[Description("One goal and how far it was reached.")]
public sealed record GoalReviewInput(
    [property: Description("The goal, in words (obiettivo); at most 1000 characters.")] string Goal,
    [property: Description("How far it was reached (esito).")] GoalOutcome Outcome,
    [property: Description("A note on it; at most 2000 characters.")] string? Note);
