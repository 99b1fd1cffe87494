using System.Data.Common;
using Hub.Domain.Common;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Persistence;

public abstract class StructureRoundTripTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Structure_round_trips_with_modules_address_and_contacts()
    {
        var saved = await ArrangeStructureAsync();

        await using var db = NewContext();
        var actual = await db.Structures.Include(s => s.OperatorOrganization).Include(s => s.Modules)
            .SingleAsync(s => s.Id == saved.Id, Token);

        FieldAssert.SameFields(saved, actual);
        FieldAssert.SameFields(saved.OperatorOrganization!, actual.OperatorOrganization!);
        FieldAssert.SameFields(saved.Modules, actual.Modules);
        Assert.Equal(new ModuleTariff(81.45m, 58.50m), actual.Modules.Single(m => m.Kind == ModuleKind.CognitiveBehavioural).Tariff);
        Assert.Equal("Viale Europa 100", actual.Address.Street);
    }

    [Fact]
    public async Task Family_center_round_trips_with_services_offered()
    {
        FamilyCenter saved;
        await using (var db = NewContext())
        {
            var territory = SampleData.AddTerritory(db);
            saved = new FamilyCenter(territory.Zone.Id, "Centro per le famiglie Il Melograno", "SdS Firenze",
                new Address(territory.Florence.Id, "Via Bronzino 117", "50142"));
            saved.Offer(["mediazione familiare", "sostegno alla genitorialità", "consulenza legale"], 0, 17);
            saved.SetContacts(new Contacts("+39 055 333333", "melograno@example.it"));
            db.FamilyCenters.Add(saved);
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var actual = await fresh.FamilyCenters.SingleAsync(f => f.Id == saved.Id, Token);

        FieldAssert.SameFields(saved, actual);
        Assert.Equal(["mediazione familiare", "sostegno alla genitorialità", "consulenza legale"], actual.Services);
    }

    [Fact]
    public async Task Check_constraint_refuses_more_occupied_than_contracted_places_written_behind_the_domain()
    {
        var module = (await ArrangeStructureAsync()).Modules.First();
        await using var db = NewContext();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.StructureModules
            .Where(m => m.Id == module.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.OccupiedPlaces, m => m.ContractedPlaces + 1), Token));

        Assert.Contains("CK_StructureModules_Occupancy", error.Message);
        Assert.Equal(0, await db.StructureModules.Where(m => m.Id == module.Id).Select(m => m.OccupiedPlaces).SingleAsync(Token));
    }

    private async Task<Structure> ArrangeStructureAsync()
    {
        await using var db = NewContext();
        var structure = SampleData.NewStructure(SampleData.NewProvider(), SampleData.AddTerritory(db));
        db.Structures.Add(structure);
        await db.SaveChangesAsync(Token);
        return structure;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStructureRoundTripTests(SqliteDatabaseFixture fixture) : StructureRoundTripTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStructureRoundTripTests(PostgresDatabaseFixture fixture) : StructureRoundTripTests(fixture);
