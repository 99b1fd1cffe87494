using Hub.Domain.Territory;
using Hub.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Territory;

/// <summary>An inconsistent zone file is refused as a whole, every problem listed, before anything is written.</summary>
public abstract class TerritoryImportValidationTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string CapraiaELimite = "048008";

    [Fact]
    public async Task Zone_file_naming_an_unknown_comune_is_refused_and_nothing_is_written()
    {
        var zones = TerritoryCsv.WithLines(TerritoryCsv.TuscanZones(), "CE-FIR,Firenze,USL Toscana Centro,099999,Atlantide,test");

        var error = await Assert.ThrowsAsync<TerritoryImportException>(() => ImportTerritoryAsync(TerritoryCsv.TuscanyWithZones(zones)));

        Assert.Equal(["Zone CE-FIR names comune 099999, which is not in the comuni file."], error.Problems);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Zone_file_leaving_a_comune_without_zone_is_refused_and_nothing_is_written()
    {
        var zones = TerritoryCsv.WithoutComune(TerritoryCsv.TuscanZones(), CapraiaELimite);

        var error = await Assert.ThrowsAsync<TerritoryImportException>(() => ImportTerritoryAsync(TerritoryCsv.TuscanyWithZones(zones)));

        Assert.Equal(["Comune 048008 Capraia e Limite is in 0 zones, not exactly one."], error.Problems);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Zone_file_putting_a_comune_in_two_zones_is_refused_and_nothing_is_written()
    {
        var zones = TerritoryCsv.WithLines(TerritoryCsv.TuscanZones(), "CE-FIR,Firenze,USL Toscana Centro,048008,Capraia e Limite,test");

        var error = await Assert.ThrowsAsync<TerritoryImportException>(() => ImportTerritoryAsync(TerritoryCsv.TuscanyWithZones(zones)));

        Assert.Equal(["Comune 048008 Capraia e Limite is in 2 zones, not exactly one."], error.Problems);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Refusal_lists_every_problem_and_leaves_an_imported_territory_as_it_was()
    {
        await ImportTerritoryAsync(TerritoryFiles.Tuscany);
        var zones = TerritoryCsv.WithLines(
            TerritoryCsv.MoveToZone(TerritoryCsv.WithoutComune(TerritoryCsv.TuscanZones(), CapraiaELimite), "048017", "CE-EVV"),
            "CE-FIR,Firenze,USL Toscana Centro,099999,Atlantide,test");

        var error = await Assert.ThrowsAsync<TerritoryImportException>(
            () => ImportTerritoryAsync(TerritoryCsv.TuscanyWithZones(zones, new DateOnly(2025, 1, 1))));

        await using var db = NewContext();
        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("099999", error.Message);
        Assert.Contains("048008", error.Message);
        Assert.Equal((273, 0), (await db.ZoneMemberships.CountAsync(Token), await db.ZoneMemberships.CountAsync(m => m.ValidTo != null, Token)));
    }

    private async Task AssertNothingWrittenAsync()
    {
        await using var db = NewContext();
        Assert.Equal((0, 0, 0, 0), (
            await db.HealthAuthorities.CountAsync(Token),
            await db.Zones.CountAsync(Token),
            await db.Municipalities.CountAsync(Token),
            await db.ZoneMemberships.CountAsync(Token)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTerritoryImportValidationTests(SqliteDatabaseFixture fixture) : TerritoryImportValidationTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTerritoryImportValidationTests(PostgresDatabaseFixture fixture) : TerritoryImportValidationTests(fixture);
