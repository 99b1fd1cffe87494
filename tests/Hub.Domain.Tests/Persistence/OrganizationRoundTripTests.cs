using Hub.Domain.Organizations;
using Hub.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Persistence;

public abstract class OrganizationRoundTripTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Organization_round_trips_with_codes_and_territory()
    {
        Organization saved;
        await using (var db = NewContext())
        {
            saved = SampleData.NewHospital(SampleData.AddTerritory(db));
            db.Organizations.Add(saved);
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var actual = await fresh.Organizations.SingleAsync(o => o.Id == saved.Id, Token);

        FieldAssert.SameFields(saved, actual);
        Assert.Equal(OrganizationKind.Hospital, actual.Kind);
    }

    [Fact]
    public async Task Staff_member_round_trips_with_employer_and_zones_served()
    {
        StaffMember saved;
        SampleTerritory territory;
        await using (var db = NewContext())
        {
            territory = SampleData.AddTerritory(db);
            saved = SampleData.NewSocialWorker(SampleData.NewProvider(), territory.Zone);
            db.StaffMembers.Add(saved);
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var actual = await fresh.StaffMembers.Include(s => s.Organization).Include(s => s.Zones)
            .SingleAsync(s => s.Id == saved.Id, Token);

        FieldAssert.SameFields(saved, actual);
        FieldAssert.SameFields(saved.Organization!, actual.Organization!);
        Assert.Equal([territory.Zone.Id], actual.Zones.Select(z => z.Id));
        Assert.Equal(30.5m, actual.WeeklyHours);
    }

    [Fact]
    public async Task Service_round_trips_with_access_rules()
    {
        var saved = SampleData.NewService();
        await using (var db = NewContext())
        {
            db.Services.Add(saved);
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var actual = await fresh.Services.SingleAsync(s => s.Id == saved.Id, Token);

        FieldAssert.SameFields(saved, actual);
        Assert.Equal((true, ResidencyRequirement.Zone, 30, CostRule.MeansTested), (actual.IsLeps, actual.Residency, actual.MaximumWaitDays, actual.Cost));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOrganizationRoundTripTests(SqliteDatabaseFixture fixture) : OrganizationRoundTripTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOrganizationRoundTripTests(PostgresDatabaseFixture fixture) : OrganizationRoundTripTests(fixture);
