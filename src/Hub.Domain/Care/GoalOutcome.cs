using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("How far a plan's goal was reached at a review (esito dell'obiettivo alla verifica).")]
public enum GoalOutcome
{
    [Description("Raggiunto.")]
    Met,
    [Description("Parzialmente raggiunto.")]
    PartlyMet,
    [Description("Non raggiunto.")]
    NotMet,
}

/// <summary>One goal of a plan as judged at a review: the goal in words, its outcome, a note when one was written.</summary>
public sealed record GoalReview(string Goal, GoalOutcome Outcome, string? Note);
