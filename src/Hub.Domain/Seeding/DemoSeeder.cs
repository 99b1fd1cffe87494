using System.Diagnostics;
using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>What a seeding run added.</summary>
public sealed record DemoSeedResult(int Persons, int Households, int CareRecords, TimeSpan Elapsed);

/// <summary>
/// Fills a database with deterministic demo data: organisations, structures, staff and services
/// once, then any number of persons with households and care histories, inserted in batches so
/// a million persons take minutes. The same seed on an empty database gives the same data.
/// </summary>
public sealed class DemoSeeder(HubDbContext db, DemoSeedOptions options, BusinessClock clock)
{
    private DateOnly Today => options.Today ?? clock.Today;

    public async Task<DemoSeedResult> SeedAsync(int persons, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var names = new NameBook();
        var random = new SeedRandom(options.RandomSeed);
        await new OrganizationSeeder(db).SeedAsync(ct);
        await new CatalogSeeder(db).SeedAsync(ct);
        await new StructureSeeder(db, random).SeedAsync(ct);
        await new StaffSeeder(db, random, names).SeedAsync(ct);
        // Communities for minors came later, from a source of their own, so the structures seeded before stay as they were.
        await new CommunitySeeder(db, new SeedRandom(options.RandomSeed + 308)).SeedAsync(ct);
        await new CentreStaffSeeder(db, new SeedRandom(options.RandomSeed + 309), names).SeedAsync(ct);
        // Shelters came after the centres' staff, from a source of their own.
        await new ShelterSeeder(db, new SeedRandom(options.RandomSeed + 310)).SeedAsync(ct);
        var (households, records) = await AddPersonsAsync(persons, names, progress, ct);
        return new DemoSeedResult(persons, households, records, stopwatch.Elapsed);
    }

    private async Task<(int Households, int CareRecords)> AddPersonsAsync(int persons, NameBook names, IProgress<int>? progress, CancellationToken ct)
    {
        var world = await SeedWorld.LoadAsync(db, ct);
        var identifiers = (await db.Persons.Select(p => p.Identifier).ToListAsync(ct)).ToHashSet();
        var firstFill = identifiers.Count == 0;
        // A later run continues the sequence instead of repeating the first run's people.
        var random = new SeedRandom(options.RandomSeed + identifiers.Count * 7_919);
        var people = new PersonFactory(random, names, world, Today, identifiers);
        // The social record draws from a source of its own, so adding it left the rest of the demo data as it was.
        var record = new SocialRecordWriter(new SeedRandom(options.RandomSeed + identifiers.Count * 7_919 + 1), world, Today);
        // Families' services and minors out of the family came later too, each from a source of its own.
        var families = new FamiliesWriter(new SeedRandom(options.RandomSeed + identifiers.Count * 7_919 + 2), world, Today);
        var minors = new MinorsCareWriter(new SeedRandom(options.RandomSeed + identifiers.Count * 7_919 + 3), world, families, Today);
        var childProtection = new ChildProtectionWriter(Today);
        var care = new CareStoryFactory(random, world, Today, await db.DischargeRequests.CountAsync(ct), record, minors, childProtection);
        var modules = world.Structures.Values.SelectMany(s => s.Modules).ToList();
        var occupancyBefore = modules.ToDictionary(m => m.Id, m => m.OccupiedPlaces);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // The zones' showcase came later too: its own sources, written first so every zone has it whatever the batches hold.
            var (households, records, added) = firstFill && ZoneShowcase.FitsIn(persons, world.Zones.Count)
                ? await AddShowcaseAsync(world, new ZoneShowcase(new SeedRandom(options.RandomSeed + 7), world,
                    new PersonFactory(new SeedRandom(options.RandomSeed + 6), names, world, Today, identifiers),
                    new CareStoryFactory(new SeedRandom(options.RandomSeed + 5), world, Today, 0, record, minors, childProtection), families, Today), ct)
                : (0, 0, 0);
            if (added > 0)
                progress?.Report(added);
            while (added < persons)
            {
                var batch = NextBatch(people, care, families, Math.Min(options.BatchSize, persons - added));
                db.AttachRange(world.StaffById.Values);
                db.AddRange(batch.Entities);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                (households, records, added) = (households + batch.Households, records + batch.CareRecords, added + batch.Persons);
                progress?.Report(added);
            }
            await SaveOccupancyAsync(modules, occupancyBefore, ct);
            return (households, records);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    /// <summary>Writes every zone's showcase in one round of inserts; its households, care records and persons.</summary>
    private async Task<(int Households, int CareRecords, int Persons)> AddShowcaseAsync(SeedWorld world, ZoneShowcase showcase, CancellationToken ct)
    {
        var (entities, persons) = showcase.Write();
        db.AttachRange(world.StaffById.Values);
        db.AddRange(entities);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (entities.OfType<Household>().Count(), entities.Count(e => e is not Person and not Household), persons);
    }

    private static (List<object> Entities, int Persons, int Households, int CareRecords) NextBatch(PersonFactory people, CareStoryFactory care, FamiliesWriter families, int size)
    {
        var entities = new List<object>(size * 3);
        var (persons, households, records) = (0, 0, 0);
        while (persons < size)
        {
            var (household, members) = people.NextHousehold(size - persons);
            entities.AddRange(members.Select(m => m.Person));
            entities.Add(household);
            households++;
            persons += members.Count;
            foreach (var member in members)
            {
                var story = care.For(member).ToList();
                entities.AddRange(story);
                records += story.Count;
            }
            entities.AddRange(families.For(household, members));
        }
        return (entities, persons, households, records);
    }

    private async Task SaveOccupancyAsync(List<StructureModule> modules, Dictionary<Guid, int> before, CancellationToken ct)
    {
        foreach (var module in modules.Where(m => m.OccupiedPlaces != before[m.Id]))
        {
            db.Attach(module);
            db.Entry(module).Property(m => m.OccupiedPlaces).IsModified = true;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
