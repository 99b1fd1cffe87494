using Hub.Domain.Audit;
using Hub.Domain.People;
using Hub.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Persistence;

/// <summary>
/// Filters and sorts the API relies on must run in the database: EF Core refuses to evaluate
/// them in memory, so a query that runs at all was translated to SQL.
/// </summary>
public abstract class QueryTranslationTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Enum_is_stored_as_its_name()
    {
        await SaveAsync(new Service("DIS-1", "Centro diurno disabili", ServiceArea.Disability, ServiceKind.SemiResidential));

        await using var db = NewContext();
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Area\" AS \"Value\" FROM \"Services\"").ToListAsync(Token);

        Assert.Equal(["Disability"], stored);
    }

    [Fact]
    public async Task Filter_by_enum_compares_the_stored_name_in_SQL()
    {
        await SaveAsync(
            new Service("DIS-1", "Centro diurno disabili", ServiceArea.Disability, ServiceKind.SemiResidential),
            new Service("NA-1", "Assistenza domiciliare", ServiceArea.NonSelfSufficiency, ServiceKind.HomeCare),
            new Service("DIS-2", "RSD", ServiceArea.Disability, ServiceKind.Residential));

        await using var db = NewContext();
        var query = db.Services.Where(s => s.Area == ServiceArea.Disability).OrderBy(s => s.Code).Select(s => s.Code);

        Assert.Contains("'Disability'", query.ToQueryString());
        Assert.Equal(["DIS-1", "DIS-2"], await query.ToListAsync(Token));
    }

    [Fact]
    public async Task Filter_and_sort_by_a_DateTimeOffset_column_run_in_SQL()
    {
        var start = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        await SaveAsync(Event("late", start.AddHours(2)), Event("early", start), Event("middle", start.AddMinutes(30)), Event("before", start.AddDays(-1)));

        await using var db = NewContext();
        var query = db.AuditEvents.Where(e => e.OccurredAt >= start).OrderBy(e => e.OccurredAt).Select(e => e.Subject);

        Assert.Contains("ORDER BY", query.ToQueryString());
        Assert.Equal(["early", "middle", "late"], await query.ToListAsync(Token));
    }

    [Fact]
    public async Task Filter_and_sort_by_a_decimal_column_run_in_SQL()
    {
        await SaveAsync(Household(20000.50m), Household(3500.25m), Household(12000m), Household(900.99m));

        await using var db = NewContext();
        var query = db.Households.Where(h => h.IseeValue > 1000m).OrderByDescending(h => h.IseeValue).Select(h => h.IseeValue);

        Assert.Contains("ORDER BY", query.ToQueryString());
        Assert.Equal([20000.50m, 12000m, 3500.25m], await query.ToListAsync(Token));
    }

    private async Task SaveAsync(params object[] entities)
    {
        await using var db = NewContext();
        db.AddRange(entities);
        await db.SaveChangesAsync(Token);
    }

    private static AuditEvent Event(string subject, DateTimeOffset occurredAt) =>
        new(new AuditActor(subject, null, null, null, null), AuditAction.Read, new AuditSubject("Person", null, null),
            Sensitivity.Personal, AuditOutcome.Success, occurredAt);

    private static Household Household(decimal isee)
    {
        var household = new Household();
        household.RecordIsee(isee, new DateOnly(2026, 12, 31));
        return household;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteQueryTranslationTests(SqliteDatabaseFixture fixture) : QueryTranslationTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresQueryTranslationTests(PostgresDatabaseFixture fixture) : QueryTranslationTests(fixture);
