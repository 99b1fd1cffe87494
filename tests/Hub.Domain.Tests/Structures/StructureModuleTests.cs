using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Structures;
using Hub.Domain.Tests.Care;

namespace Hub.Domain.Tests.Structures;

public sealed class StructureModuleTests
{
    [Fact]
    public void AddModule_starts_with_every_contracted_place_free()
    {
        var structure = CareBuilders.Structure();

        var module = structure.AddModule(ModuleKind.Respite, "Sollievo", 12, 8, new ModuleTariff(60m, 55m));

        Assert.Same(module, Assert.Single(structure.Modules));
        Assert.Equal(structure.Id, module.StructureId);
        Assert.Equal((12, 8, 0, 8), (module.AuthorisedPlaces, module.ContractedPlaces, module.OccupiedPlaces, module.FreePlaces));
    }

    [Fact]
    public void AddModule_refuses_more_contracted_than_authorised_places()
    {
        var structure = CareBuilders.Structure();

        Assert.Throws<DomainValidationException>(
            () => structure.AddModule(ModuleKind.Base, "Base", 5, 6, new ModuleTariff(60m, 55m)));

        Assert.Empty(structure.Modules);
    }

    [Fact]
    public void SetPlaces_changes_authorised_and_contracted_places()
    {
        var module = CareBuilders.Module(places: 10);

        module.SetPlaces(20, 15);

        Assert.Equal((20, 15, 15), (module.AuthorisedPlaces, module.ContractedPlaces, module.FreePlaces));
    }

    [Fact]
    public void SetPlaces_refuses_more_contracted_than_authorised_places()
    {
        var module = CareBuilders.Module(places: 10);

        var error = Assert.Throws<DomainValidationException>(() => module.SetPlaces(10, 11));

        Assert.Equal(nameof(StructureModule.ContractedPlaces), error.Field);
        Assert.Equal((10, 10), (module.AuthorisedPlaces, module.ContractedPlaces));
    }

    [Fact]
    public void SetPlaces_refuses_negative_contracted_places()
    {
        var module = CareBuilders.Module(places: 10);

        Assert.Throws<DomainValidationException>(() => module.SetPlaces(10, -1));

        Assert.Equal(10, module.ContractedPlaces);
    }

    [Fact]
    public void SetPlaces_refuses_contracted_places_below_the_occupied_ones()
    {
        var module = CareBuilders.Module(places: 10);
        CareBuilders.PlacementIn(PlacementStatus.Admitted, module);
        CareBuilders.PlacementIn(PlacementStatus.Absent, module);

        var error = Assert.Throws<DomainValidationException>(() => module.SetPlaces(10, 1));

        Assert.Equal(nameof(StructureModule.ContractedPlaces), error.Field);
        Assert.Equal(10, module.ContractedPlaces);
        Assert.Equal(2, module.OccupiedPlaces);
    }

    [Fact]
    public void SetPlaces_accepts_contracted_places_equal_to_the_occupied_ones()
    {
        var module = CareBuilders.Module(places: 10);
        CareBuilders.PlacementIn(PlacementStatus.Admitted, module);
        CareBuilders.PlacementIn(PlacementStatus.Admitted, module);

        module.SetPlaces(10, 2);

        Assert.Equal(2, module.ContractedPlaces);
        Assert.Equal(0, module.FreePlaces);
    }

    [Fact]
    public void SetTariff_replaces_the_daily_shares()
    {
        var module = CareBuilders.Module();

        module.SetTariff(new ModuleTariff(70m, 58.5m));

        Assert.Equal(new ModuleTariff(70m, 58.5m), module.Tariff);
    }
}
