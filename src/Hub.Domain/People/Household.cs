using Hub.Domain.Common;

namespace Hub.Domain.People;

/// <summary>A nucleo familiare: its members and the ISEE (means-test indicator) it holds.</summary>
public sealed class Household : AuditableEntity
{
    private readonly List<HouseholdMember> members = [];

    public IReadOnlyCollection<HouseholdMember> Members => members;

    /// <summary>ISEE value in euro; a restricted (SOCIAL) field.</summary>
    public decimal? IseeValue { get; private set; }

    public DateOnly? IseeExpiresOn { get; private set; }

    public HouseholdMember AddMember(Guid personId, Relationship relationship)
    {
        if (members.Any(m => m.PersonId == personId))
            throw new DomainValidationException("PersonId", "The person is already a member of this household.");
        if (relationship == Relationship.Head && members.Any(m => m.Relationship == Relationship.Head))
            throw new DomainValidationException(nameof(Relationship), "The household already has a head.");
        var member = new HouseholdMember(Id, personId, relationship);
        members.Add(member);
        return member;
    }

    public void RemoveMember(Guid personId)
    {
        if (members.RemoveAll(m => m.PersonId == personId) == 0)
            throw new DomainValidationException("PersonId", "The person is not a member of this household.");
    }

    public void RecordIsee(decimal value, DateOnly expiresOn)
    {
        IseeValue = Guard.NotNegative(value, nameof(IseeValue));
        IseeExpiresOn = expiresOn;
    }
}
