using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Hub.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Domain.Tests.Persistence;

/// <summary>A migrated database shared by the tests of one collection and emptied between them.</summary>
public interface IDatabaseFixture
{
    DatabaseProvider Provider { get; }

    /// <summary>A context working as the system, stamping as <paramref name="actor"/> with <paramref name="clock"/>.</summary>
    HubDbContext NewContext(TimeProvider? clock = null, string actor = SystemAccess.DefaultActor);

    /// <summary>A context bound to <paramref name="scope"/>, as a request's would be.</summary>
    HubDbContext NewContext(AccessScope scope);

    /// <summary>Empties every table of the model, keeping the schema and its migration history.</summary>
    Task ResetAsync(CancellationToken cancellationToken = default);
}

/// <summary>Creates and migrates the database once; what differs per engine is how it is created and emptied.</summary>
public abstract class DatabaseFixture(DatabaseProvider provider) : IDatabaseFixture, IAsyncLifetime
{
    private string? connectionString;
    private string[] tables = [];

    public DatabaseProvider Provider => provider;

    public HubDbContext NewContext(TimeProvider? clock = null, string actor = SystemAccess.DefaultActor) => SystemAccess.CreateContext(Options, clock, actor);

    public HubDbContext NewContext(AccessScope scope) => HubDatabase.CreateContext(Options, scope);

    private DatabaseOptions Options => new()
    {
        Provider = provider,
        ConnectionString = connectionString ?? throw new InvalidOperationException("The test database is not created yet."),
    };

    public async Task InitializeAsync()
    {
        connectionString = await CreateDatabaseAsync();
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        var sql = db.GetService<ISqlGenerationHelper>();
        tables = db.Model.GetEntityTypes()
            .Select(e => e.GetTableName())
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(sql.DelimitIdentifier)
            .ToArray();
    }

    public Task DisposeAsync() => connectionString is null ? Task.CompletedTask : DropDatabaseAsync(connectionString);

    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        await EmptyAsync(db, tables, cancellationToken);
    }

    /// <summary>Creates an empty database and returns the connection string to reach it.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync(string connectionString);

    protected abstract Task EmptyAsync(HubDbContext db, IReadOnlyList<string> quotedTables, CancellationToken cancellationToken);
}

/// <summary>A SQLite file in a temporary folder.</summary>
public sealed class SqliteDatabaseFixture() : DatabaseFixture(DatabaseProvider.Sqlite)
{
    private readonly SqliteTestDatabase database = new();

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(database.ConnectionString);

    protected override Task DropDatabaseAsync(string connectionString)
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    protected override async Task EmptyAsync(HubDbContext db, IReadOnlyList<string> quotedTables, CancellationToken cancellationToken)
    {
        // Foreign keys off spares working out a deletion order; the pragma is ignored inside a
        // transaction, so it is set on the open connection around one transaction of deletes.
        var deletes = $"BEGIN;{string.Concat(quotedTables.Select(t => $"DELETE FROM {t};"))}COMMIT;";
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(deletes, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;", cancellationToken);
    }
}

/// <summary>A database of its own, <c>hub_test_&lt;guid&gt;</c>, on the server <c>HUB_TEST_POSTGRES</c> points at.</summary>
public sealed class PostgresDatabaseFixture() : DatabaseFixture(DatabaseProvider.Postgres)
{
    private readonly string name = $"hub_test_{Guid.NewGuid():N}";

    protected override Task<string> CreateDatabaseAsync() => PostgresTestServer.CreateDatabaseAsync(name);

    protected override Task DropDatabaseAsync(string connectionString) => PostgresTestServer.DropDatabaseAsync(name);

    protected override Task EmptyAsync(HubDbContext db, IReadOnlyList<string> quotedTables, CancellationToken cancellationToken)
    {
        // The audit trail refuses TRUNCATE (a trigger): the tests, owners of their database, lift the guard to empty it.
        var truncate = $"""
            ALTER TABLE "AuditEvents" DISABLE TRIGGER USER;
            TRUNCATE {string.Join(", ", quotedTables)} RESTART IDENTITY CASCADE;
            ALTER TABLE "AuditEvents" ENABLE TRIGGER USER;
            """;
        return db.Database.ExecuteSqlRawAsync(truncate, cancellationToken);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteDatabaseFixture>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresDatabaseFixture>
{
    public const string Name = "postgres";
}
