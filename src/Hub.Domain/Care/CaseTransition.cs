using Hub.Domain.Common;

namespace Hub.Domain.Care;

/// <summary>
/// One step of a case's history (storia del caso): from which state to which, by which action, why,
/// in which episode. Written by <see cref="CareCase"/> with every change of state and never changed;
/// who and when are its creation stamps.
/// </summary>
public sealed class CaseTransition : AuditableEntity
{
    private CaseTransition() { }

    internal CaseTransition(Guid careCaseId, int episode, string action, CareCaseStatus? from, CareCaseStatus to, string? reason)
    {
        CareCaseId = careCaseId;
        Episode = episode;
        Action = action;
        From = from;
        To = to;
        Reason = Guard.Optional(reason, nameof(Reason), 2000);
    }

    public Guid CareCaseId { get; private set; }

    /// <summary>The episode of the case it belongs to: 1, then one more at each reopening.</summary>
    public int Episode { get; private set; }

    /// <summary>The action of the case's transition table (open, suspend, close, reopen …).</summary>
    public string Action { get; private set; } = "";

    /// <summary>The state before; null for the opening.</summary>
    public CareCaseStatus? From { get; private set; }

    public CareCaseStatus To { get; private set; }

    public string? Reason { get; private set; }
}
