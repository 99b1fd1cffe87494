using Hub.Domain.Territory;
using Hub.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Territory;

public abstract class TerritoryImportTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly DateOnly Tuscany2022 = TerritoryFiles.Tuscany.ZonesValidFrom;

    [Fact]
    public async Task Tuscany_import_loads_273_comuni_28_zones_and_3_health_authorities()
    {
        var result = await ImportTerritoryAsync(TerritoryFiles.Tuscany);

        await using var db = NewContext();
        Assert.Equal(new TerritoryImportResult(3, 28, 273, 273), result);
        Assert.Equal((273, 28), (await db.Municipalities.CountAsync(Token), await db.Zones.CountAsync(Token)));
        Assert.Equal(["CE", "NO", "SE"], await db.HealthAuthorities.OrderBy(a => a.Code).Select(a => a.Code).ToListAsync(Token));
    }

    [Fact]
    public async Task Tuscany_import_puts_every_comune_in_exactly_one_current_zone()
    {
        await ImportTerritoryAsync(TerritoryFiles.Tuscany);

        await using var db = NewContext();
        var currentZones = await db.Municipalities.Select(m => m.Memberships.Count(ms => ms.ValidTo == null)).ToListAsync(Token);

        Assert.Equal(273, currentZones.Count);
        Assert.All(currentZones, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Tuscany_import_gives_8_zones_to_Centro_10_to_Nord_Ovest_and_10_to_Sud_Est()
    {
        await ImportTerritoryAsync(TerritoryFiles.Tuscany);

        await using var db = NewContext();
        var zonesPerAuthority = await db.Zones.GroupBy(z => z.HealthAuthority!.Code)
            .Select(g => new { Authority = g.Key, Zones = g.Count() }).OrderBy(g => g.Authority).ToListAsync(Token);

        Assert.Equal([("CE", 8), ("NO", 10), ("SE", 10)], zonesPerAuthority.Select(g => (g.Authority, g.Zones)));
    }

    [Fact]
    public async Task Tuscany_import_totals_3672202_residents()
    {
        await ImportTerritoryAsync(TerritoryFiles.Tuscany);

        await using var db = NewContext();
        Assert.Equal(3_672_202, await db.Municipalities.SumAsync(m => m.Population, Token));
    }

    [Fact]
    public async Task Tuscany_import_marks_30_memberships_as_inferred()
    {
        await ImportTerritoryAsync(TerritoryFiles.Tuscany);

        await using var db = NewContext();
        Assert.Equal(30, await db.ZoneMemberships.CountAsync(m => m.Source == "inferred", Token));
    }

    [Fact]
    public async Task Importing_Tuscany_twice_changes_nothing()
    {
        var first = await ImportTerritoryAsync(TerritoryFiles.Tuscany);

        var second = await ImportTerritoryAsync(TerritoryFiles.Tuscany);

        await using var db = NewContext();
        Assert.Equal(first with { MembershipsChanged = 0 }, second);
        Assert.Equal((273, 0), (await db.ZoneMemberships.CountAsync(Token), await db.ZoneMemberships.CountAsync(m => m.ValidTo != null, Token)));
    }

    [Fact]
    public async Task Moving_a_comune_closes_its_membership_the_day_before_and_opens_one_in_the_new_zone()
    {
        await ImportTerritoryAsync(TerritoryFiles.Tuscany);
        var validFrom = new DateOnly(2025, 1, 1);
        var zones = TerritoryCsv.MoveToZone(TerritoryCsv.TuscanZones(), "048008", "CE-FIR");

        var result = await ImportTerritoryAsync(TerritoryCsv.TuscanyWithZones(zones, validFrom));

        await using var db = NewContext();
        var history = await db.ZoneMemberships.Where(m => m.Municipality!.IstatCode == "048008").OrderBy(m => m.ValidFrom)
            .Select(m => new { Zone = m.Zone!.Code, m.ValidFrom, m.ValidTo }).ToListAsync(Token);
        Assert.Equal(1, result.MembershipsChanged);
        Assert.Equal([("CE-EVV", Tuscany2022, (DateOnly?)new DateOnly(2024, 12, 31)), ("CE-FIR", validFrom, null)],
            history.Select(m => (m.Zone, m.ValidFrom, m.ValidTo)));
        Assert.Equal(274, await db.ZoneMemberships.CountAsync(Token));
    }

    [Fact]
    public async Task Another_regions_ambito_loads_alongside_Tuscany()
    {
        await ImportTerritoryAsync(TerritoryFiles.Tuscany);
        var validFrom = new DateOnly(2024, 1, 1);
        var lombardy = TerritoryCsv.Files(
            """
            istat_code,name,province_code,province_name,province_abbr,cadastral_code,population_2011
            097048,Merate,097,Lecco,LC,F133,14829
            097901,Borgo di Prova,097,Lecco,LC,M901,1200
            """,
            """
            zone_code,zone_name,health_authority,istat_code,municipality_name,source
            LO-MER,Ambito di Merate,ATS Brianza,097048,Merate,test
            LO-MER,Ambito di Merate,ATS Brianza,097901,Borgo di Prova,test
            """,
            validFrom);

        var result = await ImportTerritoryAsync(lombardy);

        await using var db = NewContext();
        var merate = await db.ZoneMemberships.Where(m => m.Municipality!.IstatCode == "097048")
            .Select(m => new { Zone = m.Zone!.Code, Authority = m.Zone.HealthAuthority!.Name, m.ValidFrom, m.Source }).SingleAsync(Token);
        Assert.Equal(new TerritoryImportResult(4, 29, 275, 2), result);
        Assert.Equal(("LO-MER", "ATS Brianza", validFrom, "test"), (merate.Zone, merate.Authority, merate.ValidFrom, merate.Source));
        Assert.Equal(275, await db.ZoneMemberships.CountAsync(m => m.ValidTo == null, Token));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTerritoryImportTests(SqliteDatabaseFixture fixture) : TerritoryImportTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTerritoryImportTests(PostgresDatabaseFixture fixture) : TerritoryImportTests(fixture);
