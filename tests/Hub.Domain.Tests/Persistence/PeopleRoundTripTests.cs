using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Persistence;

public abstract class PeopleRoundTripTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Person_round_trips_with_addresses_contacts_and_guardian()
    {
        Person saved;
        await using (var db = NewContext())
        {
            var territory = SampleData.AddTerritory(db);
            var guardian = SampleData.NewPerson(territory, "Bianchi", "Carlo");
            saved = SampleData.NewPerson(territory);
            saved.AppointGuardian(guardian.Id);
            db.Persons.AddRange(guardian, saved);
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var actual = await fresh.Persons.SingleAsync(p => p.Id == saved.Id, Token);

        FieldAssert.SameFields(saved, actual);
        Assert.NotNull(actual.Domicile);
        Assert.NotNull(actual.Contacts.CertifiedEmail);
    }

    [Fact]
    public async Task Person_with_an_STP_code_round_trips()
    {
        Person saved;
        await using (var db = NewContext())
        {
            saved = SampleData.NewStpPerson(SampleData.AddTerritory(db));
            db.Persons.Add(saved);
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var actual = await fresh.Persons.SingleAsync(p => p.Id == saved.Id, Token);

        FieldAssert.SameFields(saved, actual);
        Assert.Equal((PersonIdentifierKind.Stp, "STP0902010000042"), (actual.IdentifierKind, actual.Identifier));
    }

    [Fact]
    public async Task Household_round_trips_with_members_and_ISEE()
    {
        Household saved;
        await using (var db = NewContext())
        {
            var territory = SampleData.AddTerritory(db);
            var head = SampleData.NewPerson(territory);
            var spouse = SampleData.NewPerson(territory, "Rossi", "Giulio");
            saved = new Household();
            saved.AddMember(head.Id, Relationship.Head);
            saved.AddMember(spouse.Id, Relationship.Spouse);
            saved.RecordIsee(12345.67m, new DateOnly(2026, 12, 31));
            db.AddRange(head, spouse, saved);
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var actual = await fresh.Households.Include(h => h.Members).SingleAsync(h => h.Id == saved.Id, Token);

        FieldAssert.SameFields(saved, actual);
        FieldAssert.SameFields(saved.Members, actual.Members);
        Assert.Equal(12345.67m, actual.IseeValue);
    }

    [Fact]
    public async Task Unique_index_refuses_a_second_person_with_the_same_fiscal_code()
    {
        SampleTerritory territory;
        await using (var db = NewContext())
        {
            territory = SampleData.AddTerritory(db);
            db.Persons.Add(SampleData.NewPerson(territory));
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        fresh.Persons.Add(SampleData.NewPerson(territory));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => fresh.SaveChangesAsync(Token));

        Assert.Contains("Identifier", error.InnerException?.Message);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePeopleRoundTripTests(SqliteDatabaseFixture fixture) : PeopleRoundTripTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPeopleRoundTripTests(PostgresDatabaseFixture fixture) : PeopleRoundTripTests(fixture);
