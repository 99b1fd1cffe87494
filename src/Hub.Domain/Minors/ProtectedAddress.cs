using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.Minors;

/// <summary>
/// Where a woman followed by a Centro antiviolenza is sheltered (casa rifugio). Its row scope admits the
/// centre that holds the case and no other reach: it is never shown outside the centre, even to a
/// caller that some future scope lets see the case.
/// </summary>
public sealed class ProtectedAddress : AuditableEntity
{
    private ProtectedAddress() { }

    internal ProtectedAddress(CareCase careCase, Guid centreId, Address address) =>
        (CareCaseId, PersonId, CentreId, Address) = (careCase.Id, careCase.PersonId, centreId, address.Copy());

    public Guid CareCaseId { get; private set; }

    /// <summary>The person sheltered (for the audit trail).</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The centre that holds the case (Organization).</summary>
    public Guid CentreId { get; private set; }

    public Address Address { get; private set; } = null!;
}
