using Hub.Domain.Common;

namespace Hub.Domain.People;

/// <summary>A person's place in a household.</summary>
public sealed class HouseholdMember : Entity
{
    private HouseholdMember() { }

    internal HouseholdMember(Guid householdId, Guid personId, Relationship relationship)
    {
        HouseholdId = householdId;
        PersonId = personId;
        Relationship = relationship;
    }

    public Guid HouseholdId { get; private set; }
    public Guid PersonId { get; private set; }
    public Person? Person { get; private set; }
    public Relationship Relationship { get; private set; }

    internal void Relate(Relationship relationship) => Relationship = relationship;
}
