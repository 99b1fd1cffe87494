using Hub.Domain.Families;
using Hub.Domain.FosterCare;
using Hub.Domain.People;

namespace Hub.Domain.Seeding;

/// <summary>
/// What a seeded household may add to the families' services: a foster family of the zone's Centro Affidi (its adults,
/// training and suitability), and a referral of the family and a child to a Centro per le famiglie of its zone, with
/// outcomes spread. It draws from a random source of its own, so adding it left every other seeded record as it was.
/// </summary>
internal sealed class FamiliesWriter(SeedRandom random, SeedWorld world, DateOnly today)
{
    private static readonly (FosterFamilyStatus, int)[] Statuses = [(FosterFamilyStatus.Suitable, 60), (FosterFamilyStatus.Candidate, 30), (FosterFamilyStatus.NotSuitable, 10)];

    private static readonly (ReferralOutcome, int)[] Outcomes =
    [
        (ReferralOutcome.Referred, 15), (ReferralOutcome.Accepted, 20), (ReferralOutcome.TakenInCharge, 30), (ReferralOutcome.Concluded, 20), (ReferralOutcome.Declined, 15),
    ];

    private readonly Dictionary<Guid, List<FosterFamily>> familiesByZone = [];

    /// <summary>The suitable foster families registered so far in <paramref name="zoneId"/>, oldest first.</summary>
    public IReadOnlyList<FosterFamily> SuitableIn(Guid zoneId) =>
        familiesByZone.TryGetValue(zoneId, out var families) ? families.Where(f => f.Status == FosterFamilyStatus.Suitable).ToList() : [];

    /// <summary>The records <paramref name="household"/> adds, written after its members' care so a family never fosters its own children.</summary>
    public IEnumerable<object> For(Household household, IReadOnlyList<SeedPerson> members)
    {
        var zone = world.ZoneOfComune[members[0].Person.Residence.MunicipalityId];
        var adults = members.Where(m => m.Age is >= 28 and <= 65).Take(2).Select(m => m.Person.Id).ToList();
        // The first families of a zone come often, so even a small demo database has some to place minors with.
        var registered = familiesByZone.GetValueOrDefault(zone.Zone.Id)?.Count ?? 0;
        if (adults.Count > 0 && random.Chance(registered < 2 ? 0.05 : 0.004))
            yield return FosterFamily(zone, household, adults, today.AddDays(-random.Between(60, 1500)), random.Between(0, 6), null);
        if (zone.FamilyCenters.Count > 0 && members.FirstOrDefault(m => m.Age < Minors.ChildProtection.MajorityAge) is { } child && random.Chance(0.06))
            yield return Referral(random.Pick(zone.FamilyCenters), household, child.Person);
    }

    /// <summary>
    /// A foster family of <paramref name="adults"/>' household found suitable years ago, taking minors of any age, so that the
    /// minors placed in the last two years find it (the demo's showcase families, <see cref="ZoneShowcase"/>).
    /// </summary>
    public FosterFamily SuitableFamily(SeedZone zone, Household household, IReadOnlyList<Guid> adults) =>
        FosterFamily(zone, household, [.. adults], today.AddDays(-random.Between(1000, 1400)), minAge: 0, FosterFamilyStatus.Suitable);

    /// <summary>A referral of <paramref name="household"/> and <paramref name="child"/> to a Centro per le famiglie of the zone, if it has one.</summary>
    public IEnumerable<object> ReferralIn(SeedZone zone, Household household, Person child) =>
        zone.FamilyCenters.Count > 0 ? [Referral(random.Pick(zone.FamilyCenters), household, child)] : [];

    /// <summary>A family registered on <paramref name="registeredOn"/>, trained and assessed as far as <paramref name="status"/> (drawn when null) says.</summary>
    private FosterFamily FosterFamily(SeedZone zone, Household household, List<Guid> adults, DateOnly registeredOn, int minAge, FosterFamilyStatus? status)
    {
        var availability = new FosterAvailability(true, random.Chance(0.4), true, random.Chance(0.3), minAge, random.Between(Math.Max(minAge, 12), 17), random.Between(1, 3));
        var family = new FosterFamily(zone.Zone.Id, adults, household.Id, availability, registeredOn, today);
        familiesByZone.TryAdd(zone.Zone.Id, []);
        familiesByZone[zone.Zone.Id].Add(family);
        status ??= random.Weighted(Statuses);
        if (status == FosterFamilyStatus.Candidate && random.Chance(0.5))
            return family;
        var trainedOn = SeedDates.Min(registeredOn.AddDays(random.Between(10, 40)), today);
        family.RecordTraining("Corso di formazione per famiglie affidatarie", trainedOn, today);
        if (status == FosterFamilyStatus.Candidate || zone.SocialWorkers.Count == 0)
            return family;
        family.Assess(status == FosterFamilyStatus.Suitable ? SuitabilityOutcome.Suitable : SuitabilityOutcome.NotSuitable,
            SeedDates.Min(trainedOn.AddDays(random.Between(10, 40)), today), random.Pick(zone.SocialWorkers), today);
        return family;
    }

    private FamilyCenterReferral Referral(Structures.FamilyCenter center, Household household, Person child)
    {
        var on = today.AddDays(-random.Between(0, 400));
        var referral = new FamilyCenterReferral(center, household, child, random.Pick(center.Services), "Sostegno alla genitorialità richiesto dal servizio sociale.", on, today);
        ReferralOutcome[] steps = random.Weighted(Outcomes) switch
        {
            ReferralOutcome.Accepted => [ReferralOutcome.Accepted],
            ReferralOutcome.TakenInCharge => [ReferralOutcome.Accepted, ReferralOutcome.TakenInCharge],
            ReferralOutcome.Concluded => [ReferralOutcome.TakenInCharge, ReferralOutcome.Concluded],
            ReferralOutcome.Declined => [ReferralOutcome.Declined],
            _ => [],
        };
        foreach (var step in steps)
            referral.Record(step, on = SeedDates.Min(on.AddDays(random.Between(3, 40)), today), today);
        return referral;
    }
}
