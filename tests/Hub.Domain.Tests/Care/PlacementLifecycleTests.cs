using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Care;

public sealed class PlacementLifecycleTests
{
    [Fact]
    public void Waitlist_records_the_priority()
    {
        var (placement, _) = CareBuilders.PlacementIn(PlacementStatus.Requested);

        placement.Waitlist(3);

        Assert.Equal(PlacementStatus.Waitlisted, placement.Status);
        Assert.Equal(3, placement.Priority);
    }

    [Fact]
    public void Waitlist_again_changes_the_priority()
    {
        var (placement, _) = CareBuilders.PlacementIn(PlacementStatus.Waitlisted);

        placement.Waitlist(7);

        Assert.Equal(7, placement.Priority);
    }

    [Fact]
    public void Waitlist_with_a_negative_priority_keeps_the_placement_requested()
    {
        var (placement, _) = CareBuilders.PlacementIn(PlacementStatus.Requested);

        Assert.Throws<DomainValidationException>(() => placement.Waitlist(-1));

        Assert.Equal(PlacementStatus.Requested, placement.Status);
        Assert.Null(placement.Priority);
    }

    [Fact]
    public void Offer_records_offer_and_expiry_dates()
    {
        var (placement, _) = CareBuilders.PlacementIn(PlacementStatus.Waitlisted);

        placement.Offer(CareBuilders.Later, CareBuilders.Later.AddDays(3));

        Assert.Equal(PlacementStatus.Offered, placement.Status);
        Assert.Equal(CareBuilders.Later, placement.OfferedOn);
        Assert.Equal(CareBuilders.Later.AddDays(3), placement.OfferExpiresOn);
    }

    [Fact]
    public void Offer_refuses_an_expiry_before_the_offer()
    {
        var (placement, _) = CareBuilders.PlacementIn(PlacementStatus.Requested);

        Assert.Throws<DomainValidationException>(() => placement.Offer(CareBuilders.Later, CareBuilders.Later.AddDays(-1)));

        Assert.Equal(PlacementStatus.Requested, placement.Status);
        Assert.Null(placement.OfferedOn);
    }

    [Fact]
    public void Decline_records_the_note()
    {
        var (placement, _) = CareBuilders.PlacementIn(PlacementStatus.Offered);

        placement.Decline("  Too far from home ");

        Assert.Equal(PlacementStatus.Declined, placement.Status);
        Assert.Equal("Too far from home", placement.EndNote);
    }

    [Fact]
    public void Cancel_accepts_no_note()
    {
        var (placement, _) = CareBuilders.PlacementIn(PlacementStatus.Confirmed);

        placement.Cancel(null);

        Assert.Equal(PlacementStatus.Cancelled, placement.Status);
        Assert.Null(placement.EndNote);
    }

    [Fact]
    public void RecordAbsence_keeps_the_place_and_records_the_date()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Admitted);

        placement.RecordAbsence(CareBuilders.Later.AddDays(4), CareBuilders.Today);

        Assert.Equal(PlacementStatus.Absent, placement.Status);
        Assert.Equal(CareBuilders.Later.AddDays(4), placement.AbsentSince);
        Assert.Equal(1, module.OccupiedPlaces);
    }

    [Fact]
    public void RecordReturn_clears_the_absence()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Absent);

        placement.RecordReturn();

        Assert.Equal(PlacementStatus.Admitted, placement.Status);
        Assert.Null(placement.AbsentSince);
        Assert.Equal(1, module.OccupiedPlaces);
    }

    [Theory]
    [InlineData(PlacementStatus.Admitted)]
    [InlineData(PlacementStatus.Absent)]
    public void Discharge_releases_the_place_and_records_reason_and_date(PlacementStatus from)
    {
        var (placement, module) = CareBuilders.PlacementIn(from);

        placement.Discharge(module, CareBuilders.StayEnd, PlacementDischargeReason.Transfer, CareBuilders.Today);

        Assert.Equal(PlacementStatus.Discharged, placement.Status);
        Assert.Equal(PlacementDischargeReason.Transfer, placement.DischargeReason);
        Assert.Equal(CareBuilders.StayEnd, placement.EndedOn);
        Assert.Equal(0, module.OccupiedPlaces);
        Assert.Equal(10, module.FreePlaces);
    }

    [Fact]
    public void Discharge_frees_a_place_for_the_next_admission()
    {
        var module = CareBuilders.Module(places: 1);
        var (first, _) = CareBuilders.PlacementIn(PlacementStatus.Admitted, module);
        var (second, _) = CareBuilders.PlacementIn(PlacementStatus.Confirmed, module);

        first.Discharge(module, CareBuilders.StayEnd, PlacementDischargeReason.ReturnHome, CareBuilders.Today);
        second.Admit(module, CareBuilders.StayEnd, CareBuilders.Today);

        Assert.Equal(PlacementStatus.Admitted, second.Status);
        Assert.Equal(1, module.OccupiedPlaces);
    }

    [Fact]
    public void Discharge_refuses_a_date_before_admission()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Admitted);

        Assert.Throws<DomainValidationException>(
            () => placement.Discharge(module, CareBuilders.Later.AddDays(-1), PlacementDischargeReason.Other, CareBuilders.Today));

        Assert.Equal(PlacementStatus.Admitted, placement.Status);
        Assert.Equal(1, module.OccupiedPlaces);
    }

    [Fact]
    public void Discharge_refuses_another_module()
    {
        var (placement, module) = CareBuilders.PlacementIn(PlacementStatus.Admitted);

        Assert.Throws<DomainValidationException>(
            () => placement.Discharge(CareBuilders.Module(), CareBuilders.StayEnd, PlacementDischargeReason.Other, CareBuilders.Today));

        Assert.Equal(PlacementStatus.Admitted, placement.Status);
        Assert.Equal(1, module.OccupiedPlaces);
    }
}
