using Hub.Domain.Common;
using Hub.Domain.Events;
using Hub.Domain.Registry;

namespace Hub.Domain.Structures;

/// <summary>
/// A module (modulo) of a structure with its places. Occupied places are counted here,
/// under the module's version, so concurrent admissions cannot overfill it.
/// </summary>
public sealed class StructureModule : MasterRecord
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

    /// <summary>The day from which the current places and tariff apply (decorrenza); null for those the module was set up with.</summary>
    public DateOnly? EffectiveFrom { get; private set; }

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
        EnsureOpen("publish free places");
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
        // An offer of places no longer contracted is withdrawn with them.
        if (PublishedFreePlaces > FreePlaces)
            PublishedFreePlaces = FreePlaces;
        Raise(ChangeType.FreePlacesChanged);
    }

    public void SetTariff(ModuleTariff tariff)
    {
        Guard.NotNegative(tariff.DailyHealthShare, nameof(ModuleTariff.DailyHealthShare));
        Guard.NotNegative(tariff.DailySocialShare, nameof(ModuleTariff.DailySocialShare));
        Tariff = tariff;
    }

    /// <summary>
    /// The registry's change of places and daily shares, in force from <paramref name="effectiveFrom"/>; the
    /// contracted places never go below those occupied (<see cref="SetPlaces"/>).
    /// </summary>
    public void ChangePlaces(int authorisedPlaces, int contractedPlaces, ModuleTariff tariff, DateOnly effectiveFrom)
    {
        EnsureOpen("change places");
        SetPlaces(authorisedPlaces, contractedPlaces);
        SetTariff(tariff);
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>The operator's own words for the module (denominazione).</summary>
    public void Describe(string name)
    {
        EnsureOpen("describe");
        Name = Guard.Required(name, nameof(Name));
    }

    /// <summary>
    /// Closes the module on <paramref name="on"/>; refused while any placement is active in it
    /// (<paramref name="activePlacements"/>: requested, waitlisted, offered, confirmed, admitted or absent).
    /// </summary>
    public void Close(DateOnly on, DateOnly today, int activePlacements)
    {
        if (activePlacements > 0)
            throw new DomainValidationException("ModuleId", $"{activePlacements} placements are active in the module: discharge or cancel them before closing it.");
        CloseOn(on, today);
        Raise(ChangeType.FreePlacesChanged);
    }

    internal void Occupy()
    {
        EnsureOpen("admit");
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
