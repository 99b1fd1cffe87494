using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Structures;

namespace Hub.Domain.Tests.Care;

public sealed class PlacementTests
{
    [Fact]
    public void A_new_placement_is_requested_for_the_module_of_its_structure()
    {
        var intervention = CareBuilders.InterventionOf(CareBuilders.TemporaryStay(CareBuilders.StayEnd));
        var module = CareBuilders.Module();
        var personId = Guid.NewGuid();

        var placement = new Placement(intervention, personId, module, CareBuilders.OpenedOn, CareBuilders.StayEnd, CareBuilders.Today, PlacementsInCourse.Of(Guid.Empty, []));

        Assert.Equal(PlacementStatus.Requested, placement.Status);
        Assert.Equal(intervention.Id, placement.InterventionId);
        Assert.Equal(personId, placement.PersonId);
        Assert.Equal(module.Id, placement.ModuleId);
        Assert.Equal(module.StructureId, placement.StructureId);
        Assert.Equal(CareBuilders.StayEnd, placement.MaximumEndDate);
    }

    [Fact]
    public void A_temporary_residential_placement_needs_a_maximum_end_date()
    {
        var intervention = CareBuilders.InterventionOf(CareBuilders.TemporaryStay(CareBuilders.StayEnd));

        var error = Assert.Throws<DomainValidationException>(() => new Placement(
            intervention, Guid.NewGuid(), CareBuilders.Module(), CareBuilders.OpenedOn, null, CareBuilders.Today, PlacementsInCourse.Of(Guid.Empty, [])));

        Assert.Equal(nameof(Placement.MaximumEndDate), error.Field);
    }

    [Fact]
    public void An_intermediate_care_placement_needs_a_maximum_end_date()
    {
        var intervention = CareBuilders.InterventionOf(CareBuilders.PermanentStay());
        var module = CareBuilders.Module(kind: StructureKind.IntermediateCare);

        var error = Assert.Throws<DomainValidationException>(() => new Placement(
            intervention, Guid.NewGuid(), module, CareBuilders.OpenedOn, null, CareBuilders.Today, PlacementsInCourse.Of(Guid.Empty, [])));

        Assert.Equal(nameof(Placement.MaximumEndDate), error.Field);
    }

    [Fact]
    public void A_permanent_residential_placement_needs_no_maximum_end_date()
    {
        var intervention = CareBuilders.InterventionOf(CareBuilders.PermanentStay());

        var placement = new Placement(intervention, Guid.NewGuid(), CareBuilders.Module(), CareBuilders.OpenedOn, null, CareBuilders.Today, PlacementsInCourse.Of(Guid.Empty, []));

        Assert.Null(placement.MaximumEndDate);
    }

    [Fact]
    public void A_home_care_intervention_takes_no_place()
    {
        var intervention = CareBuilders.InterventionOf(CareBuilders.HomeCare());

        var error = Assert.Throws<DomainValidationException>(() =>
            new Placement(intervention, Guid.NewGuid(), CareBuilders.Module(), CareBuilders.OpenedOn, null, CareBuilders.Today, PlacementsInCourse.Of(Guid.Empty, [])));

        Assert.Equal(nameof(Placement.InterventionId), error.Field);
    }

    [Fact]
    public void A_maximum_end_date_before_the_request_is_refused()
    {
        var intervention = CareBuilders.InterventionOf(CareBuilders.TemporaryStay(CareBuilders.StayEnd));

        Assert.Throws<DomainValidationException>(() => new Placement(
            intervention, Guid.NewGuid(), CareBuilders.Module(), CareBuilders.OpenedOn, CareBuilders.OpenedOn.AddDays(-1), CareBuilders.Today, PlacementsInCourse.Of(Guid.Empty, [])));
    }

    [Fact]
    public void Admit_occupies_a_place_of_the_module()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Confirmed);

        placement.Admit(module, CareBuilders.Later, CareBuilders.Today);

        Assert.Equal(PlacementStatus.Admitted, placement.Status);
        Assert.Equal(CareBuilders.Later, placement.AdmittedOn);
        Assert.Equal(1, module.OccupiedPlaces);
        Assert.Equal(9, module.FreePlaces);
    }

    [Fact]
    public void Admit_takes_the_last_free_place()
    {
        var module = CareBuilders.Module(places: 1);
        var (placement, _) = CareBuilders.PlacementIn(PlacementStatus.Confirmed, module);

        placement.Admit(module, CareBuilders.Later, CareBuilders.Today);

        Assert.Equal(0, module.FreePlaces);
    }

    [Fact]
    public void Admit_refuses_when_module_is_full()
    {
        var module = CareBuilders.Module(places: 1);
        CareBuilders.PlacementIn(PlacementStatus.Admitted, module);
        var (placement, _) = CareBuilders.PlacementIn(PlacementStatus.Confirmed, module);

        var error = Assert.Throws<CapacityExceededException>(() => placement.Admit(module, CareBuilders.Later, CareBuilders.Today));

        Assert.Equal(module.Id, error.ModuleId);
        Assert.Equal(PlacementStatus.Confirmed, placement.Status);
        Assert.Null(placement.AdmittedOn);
        Assert.Equal(1, module.OccupiedPlaces);
        Assert.Equal(0, module.FreePlaces);
    }

    [Fact]
    public void Admit_refuses_another_module()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Confirmed);
        var other = CareBuilders.Module();

        var error = Assert.Throws<DomainValidationException>(() => placement.Admit(other, CareBuilders.Later, CareBuilders.Today));

        Assert.Equal(nameof(Placement.ModuleId), error.Field);
        Assert.Equal(PlacementStatus.Confirmed, placement.Status);
        Assert.Equal(0, other.OccupiedPlaces);
        Assert.Equal(0, module.OccupiedPlaces);
    }

    [Theory]
    [InlineData(PlacementStatus.Requested, false)]
    [InlineData(PlacementStatus.Waitlisted, false)]
    [InlineData(PlacementStatus.Offered, false)]
    [InlineData(PlacementStatus.Confirmed, false)]
    [InlineData(PlacementStatus.Admitted, true)]
    [InlineData(PlacementStatus.Absent, true)]
    [InlineData(PlacementStatus.Discharged, false)]
    [InlineData(PlacementStatus.Declined, false)]
    [InlineData(PlacementStatus.Expired, false)]
    [InlineData(PlacementStatus.Cancelled, false)]
    public void HoldsPlace_only_while_admitted_or_absent(PlacementStatus status, bool holds)
    {
        var (placement, module) = CareBuilders.PlacementIn(status);

        Assert.Equal(holds, placement.HoldsPlace);
        Assert.Equal(holds ? 1 : 0, module.OccupiedPlaces);
    }
}
