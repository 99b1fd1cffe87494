using Hub.Domain.Common;

namespace Hub.Domain.Care;

/// <summary>
/// A review of a plan in force (verifica del PAP): the outcome of each goal and the day of the next
/// review, which becomes the plan's review date. Written by <see cref="CarePlan.Review"/> and never changed.
/// </summary>
public sealed class PlanReview : AuditableEntity
{
    private List<GoalReview> goals = [];

    private PlanReview() { }

    internal PlanReview(CarePlan plan, DateOnly reviewedOn, DateOnly nextReviewOn, IReadOnlyCollection<GoalReview> goals, string? notes)
    {
        if (goals.Count == 0)
            throw new DomainValidationException(nameof(Goals), "A review judges at least one goal.");
        if (nextReviewOn <= reviewedOn)
            throw new DomainValidationException(nameof(NextReviewOn), "The next review falls after this one.");
        (CarePlanId, CareCaseId, PersonId, ReviewedOn, NextReviewOn) = (plan.Id, plan.CareCaseId, plan.PersonId, reviewedOn, nextReviewOn);
        this.goals = goals.Select(g => g with { Goal = Guard.Required(g.Goal, nameof(Goals), 1000), Note = Guard.Optional(g.Note, nameof(Goals), 2000) }).ToList();
        Notes = Guard.Optional(notes, nameof(Notes), 4000);
    }

    public Guid CarePlanId { get; private set; }
    public Guid CareCaseId { get; private set; }

    /// <summary>The plan's person (for the audit trail).</summary>
    public Guid PersonId { get; private set; }

    public DateOnly ReviewedOn { get; private set; }
    public DateOnly NextReviewOn { get; private set; }

    /// <summary>Each goal judged, in the order given.</summary>
    public IReadOnlyList<GoalReview> Goals => goals;

    public string? Notes { get; private set; }
}
