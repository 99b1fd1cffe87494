using Hub.Domain.Care;
using Hub.Domain.Structures;

namespace Hub.Domain.Seeding;

/// <summary>Places the residential and semi-residential interventions of a plan, within the modules' places.</summary>
internal sealed class PlacementWriter(SeedRandom random, SeedWorld world, DateOnly today)
{
    private static readonly (PlacementStatus, int)[] States =
    [
        (PlacementStatus.Admitted, 60), (PlacementStatus.Absent, 5), (PlacementStatus.Waitlisted, 12), (PlacementStatus.Offered, 5),
        (PlacementStatus.Confirmed, 4), (PlacementStatus.Requested, 4), (PlacementStatus.Declined, 3), (PlacementStatus.Expired, 2),
        (PlacementStatus.Cancelled, 2), (PlacementStatus.Discharged, 3),
    ];

    private readonly CoveringDraw<PlacementStatus> states = new(random, States);

    public IEnumerable<Placement> For(CareCase careCase, CarePlan plan, SeedZone zone, bool ending)
    {
        foreach (var intervention in plan.Interventions.Where(i => i.Kind is InterventionKind.SemiResidential or InterventionKind.TemporaryResidential or InterventionKind.PermanentResidential))
        {
            var module = ChooseModule(intervention.Kind, careCase.AccessChannel, zone);
            var kind = world.Structures[module.StructureId].Kind;
            var temporary = intervention.Kind == InterventionKind.TemporaryResidential || kind == StructureKind.IntermediateCare;
            var requestedOn = SeedDates.Min(intervention.StartsOn.AddDays(-random.Between(1, 5)), today);
            var semiResidential = intervention.Kind == InterventionKind.SemiResidential;
            var inCourse = world.PlacedSoFar(careCase.PersonId);
            if (!semiResidential && !inCourse.AreFreeFrom(requestedOn))
                continue;
            var placement = new Placement(intervention, careCase.PersonId, module, requestedOn,
                temporary ? intervention.EndsOn ?? intervention.StartsOn.AddDays(30) : null, today, inCourse);
            if (!semiResidential)
                world.Place(placement);
            var over = ending || intervention.EndsOn < today;
            Advance(placement, module, requestedOn, over ? PlacementStatus.Discharged : states.Next());
            yield return placement;
        }
    }

    private StructureModule ChooseModule(InterventionKind kind, AccessChannel channel, SeedZone zone)
    {
        if (kind == InterventionKind.SemiResidential)
            return random.Pick(zone.DayModules);
        if (kind == InterventionKind.TemporaryResidential && channel == AccessChannel.Hospital && zone.IntermediateModules.Count > 0 && random.Chance(0.4))
            return random.Pick(zone.IntermediateModules);
        var fitting = zone.ResidentialModules.Where(m => (m.Kind == ModuleKind.Respite) == (kind == InterventionKind.TemporaryResidential && random.Chance(0.5))).ToList();
        return random.Pick(fitting.Count > 0 ? fitting : zone.ResidentialModules);
    }

    private void Advance(Placement placement, StructureModule module, DateOnly requestedOn, PlacementStatus target)
    {
        var offeredOn = SeedDates.Min(requestedOn.AddDays(random.Between(1, 5)), today);
        switch (target)
        {
            case PlacementStatus.Requested: break;
            case PlacementStatus.Waitlisted: placement.Waitlist(random.Between(1, 100)); break;
            case PlacementStatus.Expired: placement.Waitlist(random.Between(1, 100)); placement.Expire(); break;
            case PlacementStatus.Cancelled: placement.Cancel("Rinuncia della famiglia"); break;
            case PlacementStatus.Offered: placement.Offer(offeredOn, offeredOn.AddDays(7)); break;
            case PlacementStatus.Declined: placement.Offer(offeredOn, offeredOn.AddDays(7)); placement.Decline("Struttura troppo lontana dal domicilio dei familiari"); break;
            case PlacementStatus.Confirmed: placement.Offer(offeredOn, offeredOn.AddDays(7)); placement.Confirm(); break;
            default: Admit(placement, module, offeredOn, target); break;
        }
    }

    // Full modules put the person on the waiting list, as they would in reality.
    private void Admit(Placement placement, StructureModule module, DateOnly offeredOn, PlacementStatus target)
    {
        if (module.FreePlaces <= 0)
        {
            placement.Waitlist(random.Between(1, 100));
            return;
        }
        placement.Offer(offeredOn, offeredOn.AddDays(7));
        placement.Confirm();
        var admittedOn = SeedDates.Min(offeredOn.AddDays(random.Between(1, 6)), today);
        placement.Admit(module, admittedOn, today);
        if (target == PlacementStatus.Absent)
            placement.RecordAbsence(SeedDates.Min(admittedOn.AddDays(random.Between(1, 30)), today), today);
        else if (target == PlacementStatus.Discharged)
            placement.Discharge(module, SeedDates.Min(SeedDates.Min(admittedOn.AddDays(random.Between(5, 90)), placement.MaximumEndDate ?? today), today),
                placement.MaximumEndDate is null ? random.Weighted([(PlacementDischargeReason.Deceased, 50), (PlacementDischargeReason.ReturnHome, 20), (PlacementDischargeReason.Transfer, 15), (PlacementDischargeReason.Other, 15)]) : PlacementDischargeReason.EndOfTerm, today);
    }
}
