using Hub.Domain.Common;

namespace Hub.Domain.Registry;

/// <summary>
/// A record of the shared registry (master data: organisations, staff, structures, modules, family
/// centres, the service catalogue). Never deleted, so that every reference to it stays valid: it
/// closes with a date and stays readable. Every saved change of it is kept, field by field, as
/// <see cref="RecordChange"/> rows written in the same transaction (<see cref="ChangeLog"/>).
/// </summary>
public abstract class MasterRecord : AuditableEntity
{
    /// <summary>The day the record closed (chiuso / cessato / ritirato); null while it is in force.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>
    /// Closes the record on <paramref name="on"/>: a day that has come (no later than <paramref name="today"/>)
    /// and not before the record was registered in the hub (its creation's UTC date, which is at most a day
    /// early on the business calendar: lenient, never refusing a true date). The register has no opening date
    /// of its own, so registration is the earliest fact it knows; it also stops a mistyped year (1026 for 2026).
    /// </summary>
    /// <exception cref="InvalidTransitionException">The record is closed already.</exception>
    /// <exception cref="DomainValidationException">The day is in the future or before the record was registered.</exception>
    protected void CloseOn(DateOnly on, DateOnly today)
    {
        EnsureOpen("close");
        if (Version > 0)
            Guard.NotBefore(on, DateOnly.FromDateTime(CreatedAt.UtcDateTime), nameof(ClosedOn), $"the day {GetType().Name} {Id} was registered in the hub");
        Guard.NotFuture(on, today, nameof(ClosedOn));
        ClosedOn = on;
    }

    /// <summary>A closed record is history: it is read, never changed or used for anything new.</summary>
    /// <exception cref="InvalidTransitionException">The record is closed; the refusal names <paramref name="action"/>.</exception>
    public void EnsureOpen(string action)
    {
        if (ClosedOn is not null)
            throw new InvalidTransitionException(GetType().Name, "Closed", action);
    }
}
