using Hub.Domain.Access;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Persistence;

/// <summary>Builds the provider-specific context from <see cref="DatabaseOptions"/>.</summary>
public static class HubDatabase
{
    private const int CommandTimeoutSeconds = 120;

    /// <summary>The statements each PostgreSQL connection keeps prepared, the most used (Npgsql drops the least used beyond).</summary>
    internal const int PreparedStatements = 200;

    public static Type ContextType(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => typeof(SqliteHubDbContext),
        DatabaseProvider.Postgres => typeof(PostgresHubDbContext),
        DatabaseProvider.SqlServer => typeof(SqlServerHubDbContext),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    // EF Core keeps models and compiled queries in one memory cache, by default of 10,240 size units (a
    // query 10, a model 100), which refuses new entries when full: with a model per caller kind, queries
    // were compiled again on repeat requests. One instance for the process, so EF Core still builds one
    // internal service provider per database provider.
    private static readonly Microsoft.Extensions.Caching.Memory.MemoryCache QueryCache = new(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions { SizeLimit = 200_000 });

    /// <summary>Points an options builder at the configured database, with a model per caller kind (<see cref="RowScopeModelCacheKey"/>).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        var connection = options.EffectiveConnectionString;
        builder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, RowScopeModelCacheKey>();
        builder.UseMemoryCache(QueryCache);
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(PrepareSqlite(connection), o => o.CommandTimeout(CommandTimeoutSeconds)),
            DatabaseProvider.Postgres => builder.UseNpgsql(PreparePostgres(connection), o => o.CommandTimeout(CommandTimeoutSeconds)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connection, o => o.CommandTimeout(CommandTimeoutSeconds)),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };
    }

    /// <summary>
    /// Applies pending migrations, then fills the search keys of rows written before their key
    /// column existed: the fold is C# (<see cref="Common.SearchKey"/>), so a migration cannot compute it in SQL.
    /// </summary>
    public static async Task MigrateAsync(HubDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await SearchKeys.FillMissingAsync(db, ct);
    }

    /// <summary>A context on its own, outside dependency injection, bound to <paramref name="scope"/> (see <see cref="SystemAccess"/>).</summary>
    internal static HubDbContext CreateContext(DatabaseOptions options, AccessScope scope)
    {
        var type = ContextType(options.Provider);
        var builderType = typeof(DbContextOptionsBuilder<>).MakeGenericType(type);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(builderType)!;
        Configure(builder, options);
        return ((HubDbContext)Activator.CreateInstance(type, builder.Options)!).Bind(scope);
    }

    // Pooled connections outlive a database restart. A keepalive every second finds the dead
    // ones while they idle, so the pool hands out live connections once the database is back;
    // a cancelled command waits at most half a second for the server to confirm before the
    // connection is dropped (the transport answers at the deadline in any case). The connection
    // attempt keeps Npgsql's 15 s: at 5 s a loaded machine (load average 60) failed to open connections
    // to a healthy server, and a request's own deadline answers a stalled server sooner anyway. A connection goes back to the pool without a session reset: EF Core opens and closes it
    // around each statement, and the reset (DISCARD ALL, run before the next statement) would double the
    // statements the server runs, for a session state the hub never changes (no SET, no temporary table, no session lock; the outbox
    // lock ends with its transaction).
    //
    // Statements are prepared (Npgsql's automatic preparation, after a statement's fifth use on a connection) and run on their
    // generic plan: PostgreSQL planned the hospital lookup's one statement (a person with plan, interventions, placements and
    // case manager, each under its row scope's nested EXISTS) afresh on every request, 14 of its 15 ms in PostgreSQL (2,000
    // persons, pg_stat_statements with track_planning; issue 18). Prepared alone, its plan stays custom (PostgreSQL's
    // estimate of the generic one is worse), so the session asks for the generic plan. The hub's statements compare keys
    // and codes given as parameters, so their plans do not turn on the values: the zone page's generic plan is the custom
    // one (EXPLAIN, same shape), planned once instead of every page. Explicit settings in the connection string win.
    internal static string PreparePostgres(string connection)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        if (!Sets(connection, "No Reset On Close"))
            builder.NoResetOnClose = true;
        if (!Sets(connection, "Max Auto Prepare"))
            builder.MaxAutoPrepare = PreparedStatements;
        if (!Sets(connection, "Options"))
            builder.Options = "-c plan_cache_mode=force_generic_plan";
        if (!Sets(connection, "Keepalive"))
            builder.KeepAlive = 1;
        if (!Sets(connection, "Cancellation Timeout"))
            builder.CancellationTimeout = 500;
        return builder.ConnectionString;
    }

    // Whether the connection string itself names the keyword (as written, or without its spaces: Npgsql takes both). Npgsql's own
    // builder cannot tell: its ContainsKey is true for every keyword it knows, so none of the settings above was ever applied.
    private static bool Sets(string connection, string keyword)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        return given.ContainsKey(keyword) || given.ContainsKey(keyword.Replace(" ", "", StringComparison.Ordinal));
    }

    // The SQLite file lives under a folder that may not exist on a fresh clone.
    private static string PrepareSqlite(string connection)
    {
        var dataSource = new SqliteConnectionStringBuilder(connection).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (dataSource != ":memory:" && !string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        return connection;
    }
}
