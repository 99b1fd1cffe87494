using System.Diagnostics;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Domain.Seeding;

/// <summary>What start-up did to the database, for its log.</summary>
/// <param name="MigrationsApplied">Pending migrations applied now (0 on a database already up to date).</param>
/// <param name="TerritoryLoaded">Whether the Tuscan territory was loaded into an empty territory.</param>
/// <param name="Seeded">The demo data added to an empty database, or null when none was.</param>
public sealed record DatabaseInitialization(int MigrationsApplied, bool TerritoryLoaded, DemoSeedResult? Seeded, TimeSpan Elapsed);

/// <summary>
/// Brings a database to a usable state at start-up: pending migrations, the Tuscan territory
/// when no territory is loaded, and demo data when enabled and the database holds no persons.
/// Resolved from a scope of <see cref="Access.SystemAccess"/>: it works on every row.
/// </summary>
public sealed class HubDatabaseInitializer(HubDbContext db, DemoSeedOptions options, BusinessClock clock)
{
    public async Task<DatabaseInitialization> InitializeAsync(CancellationToken ct = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var pending = await PendingMigrationsAsync(ct);
        await HubDatabase.MigrateAsync(db, ct);
        var loadTerritory = !await db.Municipalities.AnyAsync(ct);
        if (loadTerritory)
            await new TerritoryImporter(db).ImportAsync(TerritoryFiles.Tuscany, ct);
        var seeded = options.Demo && !await db.Persons.AnyAsync(ct)
            ? await new DemoSeeder(db, options, clock).SeedAsync(options.Persons, ct: ct)
            : null;
        return new DatabaseInitialization(pending, loadTerritory, seeded, stopwatch.Elapsed);
    }

    /// <summary>
    /// Asks whether the history table exists before reading it: reading it on a new database (or
    /// opening one that does not exist yet) makes EF Core log a failed command or connection as an
    /// error, an alarming first line for what is a normal first start. The existence probe expects
    /// failure and logs none.
    /// </summary>
    private async Task<int> PendingMigrationsAsync(CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(ct) ? (await history.GetAppliedMigrationsAsync(ct)).Select(m => m.MigrationId).ToHashSet() : [];
        return db.Database.GetMigrations().Count(id => !applied.Contains(id));
    }
}
