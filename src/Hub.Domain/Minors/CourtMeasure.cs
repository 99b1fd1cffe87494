using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.Minors;

/// <summary>
/// A court's measure on the minor of a child-protection case (provvedimento dell'autorità giudiziaria):
/// who issued it, what it orders, its decree. Every field is JUDICIAL: only child-protection workers read it.
/// </summary>
public sealed class CourtMeasure : AuditableEntity
{
    private CourtMeasure() { }

    /// <summary>Records a decree of <paramref name="decreedOn"/> (not in the future) on an open minors-and-families case.</summary>
    public CourtMeasure(CareCase careCase, CourtAuthority authority, CourtMeasureKind kind, string? decreeReference, DateOnly decreedOn, string? notes, DateOnly today)
    {
        ChildProtection.EnsureCase(careCase, "record a court measure");
        Guard.NotFuture(decreedOn, today, nameof(DecreedOn));
        (CareCaseId, PersonId, Authority, Kind, DecreedOn) = (careCase.Id, careCase.PersonId, authority, kind, decreedOn);
        DecreeReference = Guard.Required(decreeReference, nameof(DecreeReference), 100);
        Notes = Guard.Optional(notes, nameof(Notes), 4000);
    }

    public Guid CareCaseId { get; private set; }

    /// <summary>The minor (for the audit trail).</summary>
    public Guid PersonId { get; private set; }

    public CourtAuthority Authority { get; private set; }
    public CourtMeasureKind Kind { get; private set; }

    /// <summary>The decree's reference as the court writes it, e.g. <c>R.G. 1234/2026 V.G.</c>.</summary>
    public string DecreeReference { get; private set; } = "";

    public DateOnly DecreedOn { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>A deadline the decree sets: a report due by <paramref name="dueOn"/>, not before the decree.</summary>
    public CourtDeadline SetDeadline(string? description, DateOnly dueOn)
    {
        Guard.NotBefore(dueOn, DecreedOn, nameof(CourtDeadline.DueOn), "the decree");
        return new CourtDeadline(this, Guard.Required(description, nameof(CourtDeadline.Description), 500), dueOn);
    }
}
