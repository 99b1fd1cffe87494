using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Seeding;
using Hub.Domain.Territory;
using Hub.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Seeding;

public abstract class DemoSeederTests : DatabaseTest
{
    private const int Persons = 300;
    private static readonly DateOnly Today = new(2026, 11, 1);
    private readonly IDatabaseFixture database;

    protected DemoSeederTests(IDatabaseFixture fixture) : base(fixture) => database = fixture;

    [Fact]
    public async Task Same_seed_on_an_empty_database_gives_the_same_data()
    {
        var first = await SeedAndDescribeAsync(seed: 7);
        await database.ResetAsync(Token);

        var second = await SeedAndDescribeAsync(seed: 7);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Another_seed_gives_other_people()
    {
        var first = await SeedAndDescribeAsync(seed: 7);
        await database.ResetAsync(Token);

        var second = await SeedAndDescribeAsync(seed: 8);

        Assert.NotEqual(first.Where(l => l.StartsWith("person", StringComparison.Ordinal)), second.Where(l => l.StartsWith("person", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Seeds_exactly_the_persons_asked_for_with_valid_identifiers()
    {
        await SeedAsync(seed: 7);

        await using var db = NewContext();
        var persons = await db.Persons.AsNoTracking().ToListAsync(Token);
        Assert.Equal(Persons, persons.Count);
        Assert.All(persons.Where(p => p.IdentifierKind == PersonIdentifierKind.FiscalCode),
            p => Assert.True(FiscalCode.Parse(p.Identifier).IsConsistentWith(p.Sex, p.BirthDate), p.Identifier));
    }

    [Fact]
    public async Task Demo_data_holds_every_state_of_every_state_machine()
    {
        await SeedAsync(seed: 7);

        await using var db = NewContext();
        Assert.Equal(Enum.GetValues<CareCaseStatus>().Order(), (await db.CareCases.Select(c => c.Status).Distinct().ToListAsync(Token)).Order());
        Assert.Equal(Enum.GetValues<CarePlanStatus>().Order(), (await db.CarePlans.Select(c => c.Status).Distinct().ToListAsync(Token)).Order());
        Assert.Equal(Enum.GetValues<PlacementStatus>().Order(), (await db.Placements.Select(c => c.Status).Distinct().ToListAsync(Token)).Order());
        Assert.Equal(Enum.GetValues<DischargeRequestStatus>().Order(), (await db.DischargeRequests.Select(c => c.Status).Distinct().ToListAsync(Token)).Order());
    }

    [Fact]
    public async Task Module_occupancy_counts_the_placements_holding_a_place()
    {
        await SeedAsync(seed: 7);

        await using var db = NewContext();
        var held = await db.Placements.Where(p => p.ModuleId != null && (p.Status == PlacementStatus.Admitted || p.Status == PlacementStatus.Absent))
            .GroupBy(p => p.ModuleId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Token);
        var modules = await db.StructureModules.AsNoTracking().ToListAsync(Token);
        Assert.All(modules, m => Assert.Equal(held.GetValueOrDefault(m.Id), m.OccupiedPlaces));
        Assert.All(modules, m => Assert.InRange(m.OccupiedPlaces, 0, m.ContractedPlaces));
    }

    private async Task SeedAsync(int seed)
    {
        await ImportTerritoryAsync(TerritoryFiles.Tuscany);
        await using var db = NewContext();
        await new DemoSeeder(db, new DemoSeedOptions { RandomSeed = seed, Today = Today, BatchSize = 120 }, new BusinessClock(Clock)).SeedAsync(Persons, ct: Token);
    }

    /// <summary>The data in business terms: keys are random by design, so rows are described by what they say.</summary>
    private async Task<List<string>> SeedAndDescribeAsync(int seed)
    {
        await SeedAsync(seed);
        await using var db = NewContext();
        var comuni = await db.Municipalities.ToDictionaryAsync(m => m.Id, m => m.IstatCode, Token);
        var people = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.Id, Token);
        var modules = await db.StructureModules.Include(m => m.Structure).AsNoTracking().ToDictionaryAsync(m => m.Id, Token);
        var lines = people.Values.Select(p => $"person {p.Identifier} {p.FirstName} {p.LastName} {p.BirthDate} {comuni[p.Residence.MunicipalityId]} {p.Contacts.Phone}").ToList();
        lines.AddRange((await db.CareCases.AsNoTracking().ToListAsync(Token)).Select(c => $"case {people[c.PersonId].Identifier} {c.Area} {c.Status} {c.OpenedOn} {c.ClosureReason}"));
        lines.AddRange((await db.Placements.AsNoTracking().ToListAsync(Token)).Select(p => p.ModuleId is { } module
            ? $"placement {people[p.PersonId].Identifier} {modules[module].Structure!.RegionalCode} {modules[module].Name} {p.Status} {p.AdmittedOn}"
            : $"placement {people[p.PersonId].Identifier} {p.Kind} {p.FosterCare} {p.Status} {p.AdmittedOn}"));
        lines.AddRange(modules.Values.Select(m => $"module {m.Structure!.RegionalCode} {m.Structure.Name} {m.Name} {m.ContractedPlaces} {m.OccupiedPlaces}"));
        lines.AddRange((await db.StaffMembers.AsNoTracking().ToListAsync(Token)).Select(s => $"staff {s.FirstName} {s.LastName} {s.Profession} {s.WeeklyHours}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDemoSeederTests(SqliteDatabaseFixture fixture) : DemoSeederTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDemoSeederTests(PostgresDatabaseFixture fixture) : DemoSeederTests(fixture);
