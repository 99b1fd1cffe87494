using Hub.Domain.Common;

namespace Hub.Domain.FosterCare;

/// <summary>One adult of a foster family (Person); part of the family.</summary>
public sealed class FosterParent : Entity
{
    private FosterParent() { }

    internal FosterParent(Guid personId) => PersonId = personId;

    /// <summary>The adult (Person): a living adult resident in the family's zone when registered.</summary>
    public Guid PersonId { get; private set; }
}
