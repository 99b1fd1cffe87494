using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Persistence;

/// <summary>Optimistic concurrency and the created/updated stamps every mutable entity carries.</summary>
public abstract class VersioningTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Insert_starts_at_version_1_and_stamps_creation_time_and_actor()
    {
        var created = Clock.Now;
        var saved = await SaveServiceAsync();

        var actual = await LoadServiceAsync(saved.Id);

        Assert.Equal((1L, created, Actor, created, Actor), (actual.Version, actual.CreatedAt, actual.CreatedBy, actual.UpdatedAt, actual.UpdatedBy));
    }

    [Fact]
    public async Task Update_increments_version_and_restamps_only_the_update()
    {
        var created = Clock.Now;
        var saved = await SaveServiceAsync();
        Clock.Advance(TimeSpan.FromHours(2));

        await using (var db = NewContext(actor: "editor"))
        {
            var service = await db.Services.SingleAsync(s => s.Id == saved.Id, Token);
            service.Describe("Ricovero di sollievo", ServiceArea.NonSelfSufficiency, ServiceKind.Residential);
            await db.SaveChangesAsync(Token);
        }

        var actual = await LoadServiceAsync(saved.Id);
        Assert.Equal((2L, created, Actor, Clock.Now, "editor"), (actual.Version, actual.CreatedAt, actual.CreatedBy, actual.UpdatedAt, actual.UpdatedBy));
    }

    [Fact]
    public async Task Saving_an_unchanged_entity_keeps_its_version()
    {
        var saved = await SaveServiceAsync();

        await using (var db = NewContext())
        {
            await db.Services.SingleAsync(s => s.Id == saved.Id, Token);
            await db.SaveChangesAsync(Token);
        }

        Assert.Equal(1L, (await LoadServiceAsync(saved.Id)).Version);
    }

    [Fact]
    public async Task Replacing_an_owned_address_increments_the_owner_version()
    {
        Person saved;
        SampleTerritory territory;
        await using (var db = NewContext())
        {
            territory = SampleData.AddTerritory(db);
            saved = SampleData.NewPerson(territory);
            db.Persons.Add(saved);
            await db.SaveChangesAsync(Token);
        }
        var moved = new Address(territory.Fiesole.Id, "Via Matteotti 1", "50014");

        await using (var db = NewContext())
        {
            var person = await db.Persons.SingleAsync(p => p.Id == saved.Id, Token);
            person.MoveResidence(moved);
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var actual = await fresh.Persons.SingleAsync(p => p.Id == saved.Id, Token);
        Assert.Equal((2L, moved), (actual.Version, actual.Residence));
    }

    [Fact]
    public async Task Update_from_a_stale_context_throws_DbUpdateConcurrencyException()
    {
        var saved = await SaveServiceAsync();
        await using var stale = NewContext();
        var staleCopy = await stale.Services.SingleAsync(s => s.Id == saved.Id, Token);

        await using (var other = NewContext())
        {
            var service = await other.Services.SingleAsync(s => s.Id == saved.Id, Token);
            service.SetAccessRules(false, ResidencyRequirement.Region, 60, CostRule.Free);
            await other.SaveChangesAsync(Token);
        }
        staleCopy.Describe("Ricovero di sollievo", ServiceArea.NonSelfSufficiency, ServiceKind.Residential);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync(Token));
    }

    private async Task<Service> SaveServiceAsync()
    {
        var service = SampleData.NewService();
        await using var db = NewContext();
        db.Services.Add(service);
        await db.SaveChangesAsync(Token);
        return service;
    }

    private async Task<Service> LoadServiceAsync(Guid id)
    {
        await using var db = NewContext();
        return await db.Services.SingleAsync(s => s.Id == id, Token);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteVersioningTests(SqliteDatabaseFixture fixture) : VersioningTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresVersioningTests(PostgresDatabaseFixture fixture) : VersioningTests(fixture);
