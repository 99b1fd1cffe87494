using Hub.Domain.Common;
using Hub.Domain.Registry;

namespace Hub.Domain.Structures;

/// <summary>A Centro per le famiglie: information, mediation, parenting support for families of a zone.</summary>
public sealed class FamilyCenter : MasterRecord
{
    private List<string> services = [];

    private FamilyCenter() { }

    public FamilyCenter(Guid zoneId, string name, string operatorName, Address address)
    {
        ZoneId = zoneId;
        Update(name, operatorName, address);
    }

    public Guid ZoneId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>Who runs the centre (the SdS, a comune, or a cooperative on its behalf).</summary>
    public string OperatorName { get; private set; } = "";

    /// <summary>The public body responsible for the centre (ASL, SdS or comune), whose registry administrators keep it; null when not recorded.</summary>
    public Guid? OwnerOrganizationId { get; private set; }

    public Address Address { get; private set; } = null!;
    public Contacts Contacts { get; private set; } = Contacts.None;

    /// <summary>Services offered (e.g. "mediazione familiare", "sostegno alla genitorialità").</summary>
    public IReadOnlyList<string> Services => services;

    public int? MinimumAge { get; private set; }
    public int? MaximumAge { get; private set; }

    public void Update(string name, string operatorName, Address address)
    {
        EnsureOpen("change");
        Name = Guard.Required(name, nameof(Name));
        OperatorName = Guard.Required(operatorName, nameof(OperatorName));
        Address = address.Copy();
    }

    public void Offer(IEnumerable<string> offered, int? minimumAge, int? maximumAge)
    {
        EnsureOpen("change");
        if (minimumAge > maximumAge)
            throw new DomainValidationException(nameof(MinimumAge), "The minimum age is above the maximum age.");
        services = offered.Select(s => Guard.Required(s, nameof(Services))).Distinct().ToList();
        MinimumAge = minimumAge;
        MaximumAge = maximumAge;
    }

    public void SetContacts(Contacts? contacts) => Contacts = contacts ?? Contacts.None;

    /// <summary>The centre serves another zone from now on.</summary>
    public void MoveTo(Guid zoneId)
    {
        EnsureOpen("change");
        ZoneId = zoneId;
    }

    /// <summary>Records the public body responsible for the centre.</summary>
    public void OwnedBy(Guid? organizationId) => OwnerOrganizationId = organizationId;

    public void Close(DateOnly on, DateOnly today) => CloseOn(on, today);
}
