using Hub.Domain.Common;
using Hub.Domain.Events;

namespace Hub.Domain.Structures;

/// <summary>
/// A module (modulo) of a structure with its places. Occupied places are counted here,
/// under the module's version, so concurrent admissions cannot overfill it.
/// </summary>
public sealed class StructureModule : AuditableEntity
{
    private StructureModule() { }

    internal StructureModule(Structure structure, ModuleKind kind, string name, int authorisedPlaces, int contractedPlaces, ModuleTariff tariff)
    {
        StructureId = structure.Id;
        Structure = structure;
        Kind = kind;
        Name = Guard.Required(name, nameof(Name));
        SetPlaces(authorisedPlaces, contractedPlaces);
        Tariff = tariff;
    }

    public Guid StructureId { get; private set; }
    public Structure? Structure { get; private set; }
    public ModuleKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>Places the structure is authorised for (posti autorizzati).</summary>
    public int AuthorisedPlaces { get; private set; }

    /// <summary>Places under contract with the public system (posti convenzionati).</summary>
    public int ContractedPlaces { get; private set; }

    /// <summary>Contracted places taken by admitted or absent guests.</summary>
    public int OccupiedPlaces { get; private set; }

    public ModuleTariff Tariff { get; private set; } = null!;

    public int FreePlaces => ContractedPlaces - OccupiedPlaces;

    /// <summary>Free places the provider last declared open to new admissions (posti liberi pubblicati).</summary>
    public int? PublishedFreePlaces { get; private set; }

    public DateTimeOffset? FreePlacesPublishedAt { get; private set; }

    /// <summary>
    /// The provider states how many of the free contracted places it offers now; it may hold some
    /// back (a room being refurbished) but cannot offer places that are taken.
    /// </summary>
    public void PublishFreePlaces(int places, DateTimeOffset at)
    {
        Guard.NotNegative(places, nameof(PublishedFreePlaces));
        if (places > FreePlaces)
            throw new DomainValidationException(nameof(PublishedFreePlaces), $"Only {FreePlaces} contracted places are free: {places} cannot be offered.");
        PublishedFreePlaces = places;
        FreePlacesPublishedAt = at;
        Raise(ChangeType.FreePlacesChanged);
    }

    public void SetPlaces(int authorisedPlaces, int contractedPlaces)
    {
        Guard.NotNegative(contractedPlaces, nameof(ContractedPlaces));
        if (contractedPlaces > authorisedPlaces)
            throw new DomainValidationException(nameof(ContractedPlaces), "Contracted places cannot exceed authorised places.");
        if (contractedPlaces < OccupiedPlaces)
            throw new DomainValidationException(nameof(ContractedPlaces), $"{OccupiedPlaces} places are occupied: contracted places cannot go below that.");
        AuthorisedPlaces = authorisedPlaces;
        ContractedPlaces = contractedPlaces;
        Raise(ChangeType.FreePlacesChanged);
    }

    public void SetTariff(ModuleTariff tariff) => Tariff = tariff;

    internal void Occupy()
    {
        if (FreePlaces <= 0)
            throw new CapacityExceededException(Id, ContractedPlaces);
        OccupiedPlaces++;
        Raise(ChangeType.FreePlacesChanged);
    }

    internal void Release()
    {
        OccupiedPlaces = Math.Max(0, OccupiedPlaces - 1);
        Raise(ChangeType.FreePlacesChanged);
    }
}
