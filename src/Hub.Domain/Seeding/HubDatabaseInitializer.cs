using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>
/// Brings a database to a usable state at start-up: pending migrations, the Tuscan territory
/// when no territory is loaded, and demo data when enabled and the database holds no persons.
/// Resolved from a scope of <see cref="Access.SystemAccess"/>: it works on every row.
/// </summary>
public sealed class HubDatabaseInitializer(HubDbContext db, DemoSeedOptions options, BusinessClock clock)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (!await db.Municipalities.AnyAsync(ct))
            await new TerritoryImporter(db).ImportAsync(TerritoryFiles.Tuscany, ct);
        if (options.Demo && !await db.Persons.AnyAsync(ct))
            await new DemoSeeder(db, options, clock).SeedAsync(options.Persons, ct: ct);
    }
}
