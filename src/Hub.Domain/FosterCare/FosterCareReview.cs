using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.FosterCare;

/// <summary>
/// A periodic review of an affido (verifica semestrale): the court is informed at least every six months
/// (L. 184/1983, art. 4 c. 3), so each review sets the next within six months. Recorded once, never changed.
/// </summary>
public sealed class FosterCareReview : AuditableEntity
{
    /// <summary>The longest interval between two reviews, in months.</summary>
    public const int IntervalMonths = 6;

    private FosterCareReview() { }

    /// <summary>Reviews an affido in course on <paramref name="reviewedOn"/> (from its start to today), setting the next review within six months.</summary>
    /// <exception cref="DomainValidationException">Not an affido in course, a date out of bounds, or the next review too late or too early.</exception>
    public FosterCareReview(Placement placement, DateOnly reviewedOn, string? outcome, DateOnly nextReviewOn, DateOnly today)
    {
        if (placement.Kind != PlacementKind.FosterCare || placement.Status != PlacementStatus.Admitted)
            throw new DomainValidationException("PlacementId", "Only an affido in course (FOSTER_CARE, ADMITTED) is reviewed.");
        Guard.Happened(reviewedOn, placement.AdmittedOn!.Value, "the affido began", today, nameof(ReviewedOn));
        if (nextReviewOn <= reviewedOn || nextReviewOn > reviewedOn.AddMonths(IntervalMonths))
            throw new DomainValidationException(nameof(NextReviewOn), $"The next review falls after this one and within {IntervalMonths} months of it.");
        (PlacementId, PersonId, ReviewedOn, NextReviewOn) = (placement.Id, placement.PersonId, reviewedOn, nextReviewOn);
        Outcome = Guard.Required(outcome, nameof(Outcome), 4000);
    }

    /// <summary>The affido reviewed (Placement of kind FOSTER_CARE).</summary>
    public Guid PlacementId { get; private set; }

    /// <summary>The minor (for the audit trail).</summary>
    public Guid PersonId { get; private set; }

    /// <summary>When the review was held: within the affido, not in the future.</summary>
    public DateOnly ReviewedOn { get; private set; }

    /// <summary>What the review found, in words (esito della verifica).</summary>
    public string Outcome { get; private set; } = "";

    /// <summary>When the next review is due: after this one, within six months (verifica semestrale).</summary>
    public DateOnly NextReviewOn { get; private set; }
}
