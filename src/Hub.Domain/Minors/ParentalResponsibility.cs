using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.People;

namespace Hub.Domain.Minors;

/// <summary>An adult who exercises responsibility for the minor of a child-protection case: a parent, a guardian, a curator.</summary>
public sealed class ParentalResponsibility : AuditableEntity
{
    private ParentalResponsibility() { }

    /// <summary>Records that <paramref name="holder"/> holds <paramref name="role"/> for the case's minor since <paramref name="since"/>.</summary>
    /// <exception cref="DomainValidationException">The holder is the minor, or the case is not a child-protection case.</exception>
    public ParentalResponsibility(CareCase careCase, Person holder, ParentalRole role, DateOnly since, DateOnly today)
    {
        ChildProtection.EnsureCase(careCase, "record who exercises parental responsibility");
        if (holder.Id == careCase.PersonId)
            throw new DomainValidationException("HolderId", "The minor cannot exercise responsibility for themself.");
        Guard.NotFuture(since, today, nameof(Since));
        (CareCaseId, PersonId, HolderId, Role, Since) = (careCase.Id, careCase.PersonId, holder.Id, role, since);
    }

    public Guid CareCaseId { get; private set; }

    /// <summary>The minor (for the audit trail).</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The adult (Person).</summary>
    public Guid HolderId { get; private set; }

    public ParentalRole Role { get; private set; }
    public DateOnly Since { get; private set; }
}
