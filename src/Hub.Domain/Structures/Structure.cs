using Hub.Domain.Common;
using Hub.Domain.Organizations;

namespace Hub.Domain.Structures;

/// <summary>A structure (struttura): RSA, RSD, day centre, intermediate care, access point …, run by an operator.</summary>
public sealed class Structure : AuditableEntity
{
    private readonly List<StructureModule> modules = [];

    private Structure() { }

    public Structure(StructureKind kind, string name, string regionalCode, Organization operatorOrganization, Address address)
    {
        Kind = kind;
        RegionalCode = Guard.Required(regionalCode, nameof(RegionalCode), 30);
        OperatorOrganizationId = operatorOrganization.Id;
        OperatorOrganization = operatorOrganization;
        Rename(name);
        Relocate(address);
    }

    public StructureKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>Code in the regional register of structures.</summary>
    public string RegionalCode { get; private set; } = "";

    public Guid OperatorOrganizationId { get; private set; }
    public Organization? OperatorOrganization { get; private set; }
    public AccreditationStatus Accreditation { get; private set; } = AccreditationStatus.Authorised;
    public string? AccreditationAct { get; private set; }
    public DateOnly? AccreditedUntil { get; private set; }
    public Address Address { get; private set; } = null!;
    public Contacts Contacts { get; private set; } = Contacts.None;
    public IReadOnlyCollection<StructureModule> Modules => modules;

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name));

    public void Relocate(Address address) => Address = address.Copy();

    public void SetContacts(Contacts? contacts) => Contacts = contacts ?? Contacts.None;

    public void Accredit(AccreditationStatus status, string? act, DateOnly? until)
    {
        Accreditation = status;
        AccreditationAct = Guard.Optional(act, nameof(AccreditationAct), 100);
        AccreditedUntil = until;
    }

    public StructureModule AddModule(ModuleKind kind, string name, int authorisedPlaces, int contractedPlaces, ModuleTariff tariff)
    {
        var module = new StructureModule(this, kind, name, authorisedPlaces, contractedPlaces, tariff);
        modules.Add(module);
        return module;
    }
}
