using Hub.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Persistence;

public abstract class AuditRoundTripTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Audit_event_round_trips_with_sensitivity_flags()
    {
        var saved = NewEvent(Sensitivity.Personal | Sensitivity.Health);
        await using (var db = NewContext())
        {
            db.AuditEvents.Add(saved);
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var actual = await fresh.AuditEvents.SingleAsync(e => e.Id == saved.Id, Token);

        FieldAssert.SameFields(saved, actual);
        Assert.Equal(Sensitivity.Personal | Sensitivity.Health, actual.Sensitivity);
    }

    [Fact]
    public async Task Audit_events_are_filtered_by_one_sensitivity_flag_in_SQL()
    {
        var health = NewEvent(Sensitivity.Personal | Sensitivity.Health);
        await using (var db = NewContext())
        {
            db.AuditEvents.AddRange(health, NewEvent(Sensitivity.Personal | Sensitivity.Social), NewEvent(Sensitivity.Public));
            await db.SaveChangesAsync(Token);
        }

        await using var fresh = NewContext();
        var touchedHealth = await fresh.AuditEvents.Where(e => (e.Sensitivity & Sensitivity.Health) != 0).Select(e => e.Id).ToListAsync(Token);

        Assert.Equal([health.Id], touchedHealth);
    }

    private AuditEvent NewEvent(Sensitivity sensitivity) =>
        new(new AuditActor("user-42", Guid.CreateVersion7(), "acot", "discharge-planning", "AcknowledgeDischargeRequest"),
            AuditAction.Update, new AuditSubject("DischargeRequest", Guid.CreateVersion7(), Guid.CreateVersion7()),
            sensitivity, AuditOutcome.Success, Clock.Now);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAuditRoundTripTests(SqliteDatabaseFixture fixture) : AuditRoundTripTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditRoundTripTests(PostgresDatabaseFixture fixture) : AuditRoundTripTests(fixture);
