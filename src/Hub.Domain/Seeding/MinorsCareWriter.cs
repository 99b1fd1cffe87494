using Hub.Domain.Care;
using Hub.Domain.Families;
using Hub.Domain.FosterCare;
using Hub.Domain.Minors;
using Hub.Domain.Structures;

namespace Hub.Domain.Seeding;

/// <summary>
/// The life out of the family of some seeded minors-and-families cases: an affido with a suitable foster family of the
/// zone (judicial when the court ordered it, consensual otherwise) with its six-monthly reviews, or a place in a community
/// for minors (some still there, some gone home). It draws from a random source of its own and adds to the plan only
/// what no other writer reads, so adding it left every other seeded record as it was.
/// </summary>
internal sealed class MinorsCareWriter(SeedRandom random, SeedWorld world, FamiliesWriter families, DateOnly today)
{
    private readonly Dictionary<Guid, int> fostered = [];

    /// <summary>Adds to the plan being drafted the affido or community stay the court ordered, or now and then one agreed with the family.</summary>
    public void Plan(CarePlan plan, CourtMeasure? measure, DateOnly start)
    {
        var kind = measure?.Kind switch
        {
            CourtMeasureKind.FosterCarePlacement => InterventionKind.FosterCare,
            CourtMeasureKind.CommunityPlacement or CourtMeasureKind.EmergencyRemoval => InterventionKind.PermanentResidential,
            _ => random.Weighted<InterventionKind?>([(null, 80), (InterventionKind.FosterCare, 12), (InterventionKind.PermanentResidential, 8)]),
        };
        if (kind == InterventionKind.FosterCare)
            plan.AddIntervention(new(kind.Value, world.Services["AFFIDI"].Id, null, "contributo mensile alla famiglia affidataria", null, start, null, new CostShares(0, 15m, 0, 0)));
        else if (kind == InterventionKind.PermanentResidential)
            plan.AddIntervention(new(kind.Value, world.Services["TUTELA-MIN"].Id, null, "retta giornaliera della comunità", null, start, null, new CostShares(0, 0, 0, random.Money(95, 150))));
    }

    /// <summary>
    /// The affido or community placement of the plan in force, with an affido's reviews; nothing when no family or place fits.
    /// One that <paramref name="runsOn"/> ends by its planned end only (no early end, no return home drawn).
    /// </summary>
    public IEnumerable<object> Place(CarePlan plan, SeedPerson minor, SeedZone zone, CourtMeasure? measure, bool runsOn = false)
    {
        var intervention = plan.Interventions.FirstOrDefault(i => i.Kind is InterventionKind.FosterCare or InterventionKind.PermanentResidential);
        if (intervention is null)
            return [];
        var startsOn = SeedDates.Min(measure is null ? intervention.StartsOn : SeedDates.Max(intervention.StartsOn, measure.DecreedOn), today);
        if (minor.Person.BirthDate.AddYears(ChildProtection.MajorityAge) <= startsOn || !world.PlacedSoFar(minor.Person.Id).AreFreeFrom(startsOn.AddDays(-5)))
            return [];
        return intervention.Kind == InterventionKind.FosterCare
            ? StartAffido(intervention, plan, minor, zone, measure?.Kind == CourtMeasureKind.FosterCarePlacement ? measure : null, startsOn, runsOn)
            : Community(intervention, minor, zone, startsOn, runsOn);
    }

    private List<object> StartAffido(Intervention intervention, CarePlan plan, SeedPerson minor, SeedZone zone, CourtMeasure? measure, DateOnly startsOn, bool runsOn)
    {
        var age = ChildProtection.AgeOn(minor.Person.BirthDate, startsOn);
        var family = families.SuitableIn(zone.Zone.Id).FirstOrDefault(f => f.Availability.MinAge <= age && age <= f.Availability.MaxAge
            && fostered.GetValueOrDefault(f.Id) < f.Availability.Places && f.Suitability!.AssessedOn <= startsOn);
        if (family is null)
            return [];
        var terms = new FosterCareTerms(measure is null ? FosterCareBasis.Consensual : FosterCareBasis.Judicial,
            random.Chance(0.3) ? FosterCareRelation.IntraFamilial : FosterCareRelation.HeteroFamilial, FosterCareSchedule.FullTime, FosterCareSetting.Residential, measure?.Id);
        var placement = Affido.Start(intervention, plan, minor.Person, family, terms, measure, startsOn, startsOn.AddMonths(Affido.MaximumMonths), fostered.GetValueOrDefault(family.Id), today, world.PlacedSoFar(minor.Person.Id));
        world.Place(placement);
        fostered[family.Id] = fostered.GetValueOrDefault(family.Id) + 1;
        // An affido ends by its planned end (the court extends none here), a few earlier; the rest run on. Reviews fall while it was in course.
        var plannedEndOn = placement.MaximumEndDate!.Value;
        DateOnly? endsOn = plannedEndOn <= today ? plannedEndOn : !runsOn && random.Chance(0.15) && startsOn < today ? random.DateBetween(startsOn.AddDays(1), today) : null;
        var story = new List<object> { placement };
        // The court hears of the affido every six months: a review near each half-year since the start.
        for (var reviewedOn = startsOn.AddMonths(6).AddDays(-random.Between(0, 20)); reviewedOn <= (endsOn ?? today); reviewedOn = reviewedOn.AddMonths(6))
            story.Add(new FosterCareReview(placement, reviewedOn, "Il minore si è ben inserito; prosegue il progetto di affido.", reviewedOn.AddMonths(6), today));
        if (endsOn is { } on)
        {
            fostered[family.Id]--;
            placement.EndFosterCare(on, random.Weighted([(FosterCareOutcome.ReturnToFamily, 70), (FosterCareOutcome.OtherFosterFamily, 15), (FosterCareOutcome.Interrupted, 15)]), today);
        }
        return story;
    }

    private IEnumerable<object> Community(Intervention intervention, SeedPerson minor, SeedZone zone, DateOnly startsOn, bool runsOn)
    {
        var free = zone.CommunityModules.Where(m => m.FreePlaces > 0).ToList();
        if (free.Count == 0)
            yield break;
        var module = random.Pick(free);
        var requestedOn = startsOn.AddDays(-random.Between(1, 5));
        Communities.EnsureFits(minor.Person.BirthDate, intervention.Kind, StructureKind.MinorsCommunity, requestedOn);
        var placement = world.Place(new Placement(intervention, minor.Person.Id, module, requestedOn, null, today, world.PlacedSoFar(minor.Person.Id)));
        placement.Offer(requestedOn, requestedOn.AddDays(7));
        placement.Confirm();
        placement.Admit(module, startsOn, today);
        // About a third have gone home: the six-monthly lists of past half-years name them, the current one not always.
        if (!runsOn && random.Chance(0.35) && startsOn < today)
            placement.Discharge(module, random.DateBetween(startsOn.AddDays(1), today), PlacementDischargeReason.ReturnHome, today);
        yield return placement;
    }
}
