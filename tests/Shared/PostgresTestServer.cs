using Npgsql;

namespace Hub.Tests.Shared;

/// <summary>
/// The PostgreSQL server that scripts/test.sh starts (<c>HUB_TEST_POSTGRES</c>): each fixture gets a
/// database of its own and drops it afterwards. Linked into every test project that needs it.
/// </summary>
public static class PostgresTestServer
{
    public const string ServerVariable = "HUB_TEST_POSTGRES";

    /// <summary>Creates <paramref name="name"/> and returns the connection string to reach it.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    /// <summary>The connection string of database <paramref name="name"/> on the test server, whether or not it exists yet.</summary>
    public static string ConnectionString(string name) => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>Copies database <paramref name="name"/> as <paramref name="copy"/> (a template copy: its connections are closed first).</summary>
    public static async Task CopyDatabaseAsync(string name, string copy)
    {
        await CloseConnectionsAsync(copy);
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{copy}\" WITH (FORCE)");
        // A host's background work (the outbox dispatcher woken by a commit, the database probe) may connect
        // again between closing the template's sessions and copying it: close them again and retry.
        for (var attempt = 1; ; attempt++)
        {
            await CloseConnectionsAsync(name);
            try
            {
                await ExecuteAsync($"CREATE DATABASE \"{copy}\" TEMPLATE \"{name}\"");
                // A session a host's background work opened between clearing the pools and terminating the sessions went back
                // to its pool terminated, and the next statement on it would fail (57P01): clear once more, now that nothing of
                // the old databases is left to reach.
                NpgsqlConnection.ClearAllPools();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(50 * attempt);
            }
        }
    }

    // Every pool: the hub's own connection strings carry its settings (HubDatabase), so a pool keyed by the plain string is not theirs,
    // and a pooled session of the template, terminated below, would fail its next statement (57P01).
    private static async Task CloseConnectionsAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
    }

    // Failing rather than skipping: a green run must mean PostgreSQL was tested.
    private static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"{ServerVariable} is not set, so the PostgreSQL tests cannot run. Run the tests with scripts/test.sh, "
            + $"which starts a throwaway PostgreSQL 15 and sets {ServerVariable} (e.g. scripts/test.sh --filter Persistence).");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
