using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Persistence;

public abstract class TerritoryRoundTripTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Imported_comune_round_trips_with_its_zone_membership_zone_and_authority()
    {
        Municipality saved;
        await using (var db = NewContext())
        {
            await new TerritoryImporter(db).ImportAsync(TerritoryFiles.Tuscany, Token);
            saved = db.Municipalities.Local.Single(m => m.IstatCode == "048017");
        }

        await using var fresh = NewContext();
        var actual = await fresh.Municipalities
            .Include(m => m.Memberships).ThenInclude(ms => ms.Zone).ThenInclude(z => z!.HealthAuthority)
            .SingleAsync(m => m.IstatCode == "048017", Token);

        FieldAssert.SameFields(saved, actual);
        FieldAssert.SameFields(saved.Memberships, actual.Memberships);
        var (savedZone, zone) = (saved.Memberships.Single().Zone!, actual.Memberships.Single().Zone!);
        FieldAssert.SameFields(savedZone, zone);
        FieldAssert.SameFields(savedZone.HealthAuthority!, zone.HealthAuthority!);
        Assert.Equal(("Firenze", new Province("048", "Firenze", "FI"), "CE-FIR", "CE"), (actual.Name, actual.Province, zone.Code, zone.HealthAuthority!.Code));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTerritoryRoundTripTests(SqliteDatabaseFixture fixture) : TerritoryRoundTripTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTerritoryRoundTripTests(PostgresDatabaseFixture fixture) : TerritoryRoundTripTests(fixture);
