using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Minors;
using Hub.Domain.People;

namespace Hub.Domain.Seeding;

/// <summary>
/// The households a database's first fill gives every zone, so that each zone's minors-and-families and anti-violence
/// services hold rows however few of the persons drawn by population live there: a suitable foster family, two families
/// whose children are under the court's measures (a judicial affido, a community stay, an entrustment to the social
/// service, a limitation of parental responsibility; the families referred to a Centro per le famiglie where the zone has
/// one) and women in a pathway of the zone's Centro antiviolenza (case manager and psychologist of the centre; of three, one
/// placed in the centre's shelter the day her case opened, one hosted at a protected address elsewhere). Everything is told through the domain's own methods, so every rule holds: the
/// women are adults no other service follows, a minor has one placement, a community takes no more than its places.
/// </summary>
internal sealed class ZoneShowcase(SeedRandom random, SeedWorld world, PersonFactory people, CareStoryFactory care, FamiliesWriter families, DateOnly today)
{
    /// <summary>The persons each zone's showcase holds: two foster parents, two parents with two children each, three women.</summary>
    public const int PersonsPerZone = 11;

    private static readonly CourtMeasureKind[] Decrees =
    [
        CourtMeasureKind.FosterCarePlacement, CourtMeasureKind.CommunityPlacement,
        CourtMeasureKind.EntrustmentToSocialService, CourtMeasureKind.LimitationOfParentalResponsibility,
    ];

    /// <summary>Whether the showcase fits in <paramref name="persons"/>: it takes at most a fifth of them, so small test worlds stay drawn by population alone.</summary>
    public static bool FitsIn(int persons, int zones) => PersonsPerZone * zones * 5 <= persons;

    /// <summary>The entities of every zone's showcase, and how many persons they hold.</summary>
    public (List<object> Entities, int Persons) Write()
    {
        var entities = new List<object>();
        var persons = 0;
        foreach (var zone in world.Zones.Where(z => z.SocialWorkers.Count > 0))
        {
            var written = Zone(zone).ToList();
            persons += written.OfType<Person>().Count();
            entities.AddRange(written);
        }
        return (entities, persons);
    }

    private IEnumerable<object> Zone(SeedZone zone)
    {
        var (fosterHome, fosterParents) = people.HouseholdIn(random.Pick(zone.Comuni), Sex.Female, random.Between(38, 55), couple: true, []);
        foreach (var entity in Household(fosterHome, fosterParents))
            yield return entity;
        yield return families.SuitableFamily(zone, fosterHome, [.. fosterParents.Select(m => m.Person.Id)]);
        var decree = 0;
        int[][] childrenAges = [[random.Between(2, 9), random.Between(10, 14)], [random.Between(3, 9), random.Between(8, 15)]];
        foreach (var ages in childrenAges)
        {
            var (home, members) = people.HouseholdIn(random.Pick(zone.Comuni), Sex.Female, random.Between(32, 45), couple: false, ages);
            foreach (var entity in Household(home, members))
                yield return entity;
            foreach (var child in members.Skip(1))
                foreach (var entity in care.ChildProtectionCase(child, Decrees[decree++]))
                    yield return entity;
            foreach (var entity in families.ReferralIn(zone, home, members[1].Person))
                yield return entity;
        }
        if (zone.Centre is null || zone.CentreStaff.Count == 0)
            yield break;
        for (var i = 0; i < 3; i++)
            foreach (var entity in Woman(zone, (Hosted)i))
                yield return entity;
    }

    private static IEnumerable<object> Household(Household household, List<SeedPerson> members) => [.. members.Select(m => m.Person), household];

    /// <summary>Where a showcase woman is hosted: in the centre's shelter (a SHELTER placement), at a protected address elsewhere, or at home.</summary>
    private enum Hosted { InShelter, ProtectedAddress, AtHome }

    /// <summary>
    /// A woman whom the zone's centre registered and took under its protection, her case team, and where she is hosted;
    /// registered by the centre as openAntiViolenceCase does, she belongs to no household another service could read.
    /// </summary>
    private IEnumerable<object> Woman(SeedZone zone, Hosted hosted)
    {
        var (_, members) = people.HouseholdIn(random.Pick(zone.Comuni), Sex.Female, random.Between(22, 55), couple: false, []);
        var woman = members[0].Person;
        // A shelter's address is drawn as before for the woman placed there too, so the rest of the showcase stays as it was.
        var drawn = hosted != Hosted.AtHome ? new Address(random.Pick(zone.Comuni).Id, $"Indirizzo riservato {random.Between(1, 99)}", null) : null;
        var shelter = hosted == Hosted.ProtectedAddress || zone.ShelterModules.Count == 0 ? drawn : null;
        var openedOn = today.AddDays(-random.Between(5, 300));
        var (careCase, protectedAddress) = AntiViolencePathway.Open(woman, zone.Centre!, shelter, openedOn, today);
        var (manager, psychologist) = (zone.CentreStaff[0], zone.CentreStaff[^1]);
        careCase.AssignCaseManager(manager.Id, openedOn);
        careCase.AddTeamMember(psychologist.Id, CaseTeamRole.Psychologist, SeedDates.Min(openedOn.AddDays(random.Between(0, 10)), today));
        careCase.StartAssessment();
        return [woman, careCase, .. protectedAddress is null ? [] : new object[] { protectedAddress }, .. Sheltered(zone, woman, careCase, hosted, openedOn)];
    }

    /// <summary>The emergency stay of a woman hosted in the centre's shelter, from the day her case opened: its pathway, intervention and placement.</summary>
    private IEnumerable<object> Sheltered(SeedZone zone, Person woman, CareCase careCase, Hosted hosted, DateOnly openedOn)
    {
        if (hosted != Hosted.InShelter || zone.ShelterModules.Count == 0)
            return [];
        var (pathway, intervention, placement) = ShelterStay.Place(careCase, woman, null, world.Services[ShelterStay.ServiceCode].Id, zone.ShelterModules[0],
            openedOn, today, world.PlacedSoFar(careCase.PersonId));
        world.Place(placement);
        return [pathway!, intervention, placement];
    }
}
