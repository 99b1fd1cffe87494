using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Domain.Persistence;

/// <summary>SQLite: the zero-setup embedded default.</summary>
public sealed class SqliteHubDbContext(DbContextOptions<SqliteHubDbContext> options) : HubDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no native DateTimeOffset or decimal: without these conversions EF Core
        // refuses to compare or sort such columns in SQL, and would evaluate nothing in memory.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

/// <summary>PostgreSQL (Npgsql).</summary>
public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SearchKeys.UseBinaryCollation(modelBuilder, "C");
    }

    // timestamptz takes UTC only: a caller's +02:00 value is stored as the same instant in UTC.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
    }

    // No OutboxLockSql: the database orders the outbox itself, at commit (migration OutboxCommitOrder), so a
    // writer holds the lock for no round trip of its own (issue 18: sixteen wards filing at once queued on it).
}

/// <summary>An instant as UTC ticks, so SQLite compares and sorts instants, not clock times.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>The same instant with offset zero.</summary>
internal sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

/// <summary>SQL Server: the production target.</summary>
public sealed class SqlServerHubDbContext(DbContextOptions<SqlServerHubDbContext> options) : HubDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SearchKeys.UseBinaryCollation(modelBuilder, "Latin1_General_100_BIN2");
    }

    // An application lock owned by the transaction: released by the commit or rollback.
    protected override string OutboxLockSql => "EXEC sp_getapplock @Resource = 'hub.outbox', @LockMode = 'Exclusive', @LockOwner = 'Transaction'";
}
