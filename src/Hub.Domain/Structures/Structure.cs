using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Registry;

namespace Hub.Domain.Structures;

/// <summary>
/// A structure (struttura): RSA, RSD, day centre, intermediate care, access point …, run by an operator. A shelter (casa rifugio,
/// <see cref="StructureKind.Shelter"/>) is run by a Centro antiviolenza and holds shelter modules only; no other structure holds one.
/// </summary>
public sealed class Structure : MasterRecord
{
    // The acts of the Region (L.R. 82/2009): a grant also reinstates a suspended or revoked structure.
    private static readonly TransitionTable<AccreditationStatus> Accreditations = new TransitionTable<AccreditationStatus>(nameof(Structure))
        .Allow("grant accreditation", AccreditationStatus.Accredited, AccreditationStatus.Authorised, AccreditationStatus.Suspended, AccreditationStatus.Revoked)
        .Allow("renew accreditation", AccreditationStatus.Accredited, AccreditationStatus.Accredited)
        .Allow("suspend accreditation", AccreditationStatus.Suspended, AccreditationStatus.Accredited)
        .Allow("revoke accreditation", AccreditationStatus.Revoked, AccreditationStatus.Accredited, AccreditationStatus.Suspended);

    private readonly List<StructureModule> modules = [];

    private Structure() { }

    /// <exception cref="DomainValidationException">
    /// A shelter's code does not begin with <see cref="ShelterCodePrefix"/>, or another structure's does (a namespace reserved to shelters).
    /// </exception>
    public Structure(StructureKind kind, string name, string regionalCode, Organization operatorOrganization, Address address)
    {
        Kind = kind;
        RegionalCode = Guard.Required(regionalCode, nameof(RegionalCode), 30);
        if (RegionalCode.StartsWith(ShelterCodePrefix, StringComparison.OrdinalIgnoreCase) != (kind == StructureKind.Shelter))
            throw new DomainValidationException(nameof(RegionalCode), kind == StructureKind.Shelter
                ? $"A shelter's regional code begins with {ShelterCodePrefix}."
                : $"Regional codes beginning with {ShelterCodePrefix} are reserved for shelters (case rifugio): give the structure its own code.");
        RunBy(operatorOrganization);
        Rename(name);
        Relocate(address);
    }

    public StructureKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>
    /// The namespace of shelters' regional codes, which no other structure may take: a shelter is hidden from everyone but its centre, so a
    /// registration or import of another structure must never tell, by a "registered already", that a hidden shelter holds a code (red team 36).
    /// What follows the prefix should say nothing of where the shelter is (the seed draws it at random).
    /// </summary>
    public const string ShelterCodePrefix = "SHELTER-";

    /// <summary>Code in the regional register of structures; a shelter's begins with <see cref="ShelterCodePrefix"/>, and only a shelter's.</summary>
    public string RegionalCode { get; private set; } = "";

    public Guid OperatorOrganizationId { get; private set; }
    public Organization? OperatorOrganization { get; private set; }
    public AccreditationStatus Accreditation { get; private set; } = AccreditationStatus.Authorised;
    public string? AccreditationAct { get; private set; }
    public DateOnly? AccreditedUntil { get; private set; }

    /// <summary>The day the current accreditation status took effect, as the last act says.</summary>
    public DateOnly? AccreditationChangedOn { get; private set; }
    public Address Address { get; private set; } = null!;
    public Contacts Contacts { get; private set; } = Contacts.None;
    public IReadOnlyCollection<StructureModule> Modules => modules;

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name));

    public void Relocate(Address address) => Address = address.Copy();

    public void SetContacts(Contacts? contacts) => Contacts = contacts ?? Contacts.None;

    /// <summary>
    /// Records an act of the Region on the accreditation, taking effect <paramref name="on"/>: a grant or
    /// renewal needs an expiry after that day (a renewal, after the current one); a suspension keeps the expiry,
    /// a revocation ends it.
    /// </summary>
    /// <exception cref="InvalidTransitionException">The act does not apply to the current status, or the structure is closed.</exception>
    public void ChangeAccreditation(AccreditationChange change, string act, DateOnly on, DateOnly? until)
    {
        var action = change switch
        {
            AccreditationChange.Grant => "grant accreditation",
            AccreditationChange.Renew => "renew accreditation",
            AccreditationChange.Suspend => "suspend accreditation",
            _ => "revoke accreditation",
        };
        EnsureOpen(action);
        var status = Accreditations.Apply(Accreditation, action);
        var grants = change is AccreditationChange.Grant or AccreditationChange.Renew;
        if (grants && until is null)
            throw new DomainValidationException(nameof(AccreditedUntil), "A grant or renewal of accreditation needs its expiry (until).");
        if (grants && until <= on)
            throw new DomainValidationException(nameof(AccreditedUntil), "The accreditation must expire after the day it takes effect.");
        if (change == AccreditationChange.Renew && until <= AccreditedUntil)
            throw new DomainValidationException(nameof(AccreditedUntil), $"A renewal extends the accreditation beyond its current expiry ({AccreditedUntil:yyyy-MM-dd}).");
        if (!grants && until is not null)
            throw new DomainValidationException(nameof(AccreditedUntil), "A suspension or revocation sets no expiry: leave until out.");
        AccreditationAct = Guard.Required(act, nameof(AccreditationAct), 100);
        Accreditation = status;
        AccreditationChangedOn = on;
        AccreditedUntil = change == AccreditationChange.Revoke ? null : until ?? AccreditedUntil;
    }

    /// <summary>Hands the structure to another operator (subentro nella gestione).</summary>
    public void MoveTo(Organization operatorOrganization)
    {
        EnsureOpen("move operator");
        RunBy(operatorOrganization);
    }

    private void RunBy(Organization operatorOrganization)
    {
        if (operatorOrganization.ClosedOn is not null)
            throw new DomainValidationException(nameof(OperatorOrganizationId), $"{operatorOrganization.Name} has closed: it cannot run a structure.");
        // The shelter's row scope admits the centre that runs it: run by anyone else, it would be seen by no operator at all.
        if (Kind == StructureKind.Shelter && operatorOrganization.Kind != OrganizationKind.AntiViolenceCentre)
            throw new DomainValidationException(nameof(OperatorOrganizationId), "A shelter (casa rifugio) is run by a Centro antiviolenza (ANTI_VIOLENCE_CENTRE).");
        OperatorOrganizationId = operatorOrganization.Id;
        OperatorOrganization = operatorOrganization;
    }

    /// <summary>
    /// Closes the structure and its open modules on <paramref name="on"/>; refused while any placement is active
    /// in it (<paramref name="activePlacements"/>, requested to absent), because those persons would be left without a place.
    /// </summary>
    public void Close(DateOnly on, DateOnly today, int activePlacements)
    {
        if (activePlacements > 0)
            throw new DomainValidationException("StructureId", $"{activePlacements} placements are active in the structure: discharge or cancel them before closing it.");
        CloseOn(on, today);
        foreach (var module in modules.Where(m => m.ClosedOn is null))
            module.Close(on, today, 0);
    }

    public void Accredit(AccreditationStatus status, string? act, DateOnly? until)
    {
        Accreditation = status;
        AccreditationAct = Guard.Optional(act, nameof(AccreditationAct), 100);
        AccreditedUntil = until;
    }

    public StructureModule AddModule(ModuleKind kind, string name, int authorisedPlaces, int contractedPlaces, ModuleTariff tariff)
    {
        EnsureOpen("add module");
        // A shelter's places are hidden by their kind, so a shelter holds shelter modules and nothing else holds one.
        if ((kind == ModuleKind.Shelter) != (Kind == StructureKind.Shelter))
            throw new DomainValidationException("Kind", "A shelter (SHELTER structure) holds SHELTER modules only, and only a shelter holds them.");
        var module = new StructureModule(this, kind, name, authorisedPlaces, contractedPlaces, tariff);
        modules.Add(module);
        return module;
    }
}
