using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.Domain.Persistence;

/// <summary>
/// Tells a database that cannot be reached (down, restarting, refusing connections, out of
/// connections, busy) from one that refused a statement: the first is worth retrying later,
/// the second is a fault of the request or of the code.
/// </summary>
public static class DatabaseFailure
{
    /// <summary>Whether <paramref name="exception"/> or one of its causes says the database is unreachable for now.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres)
                return IsUnavailableState(postgres.SqlState);
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException or EndOfStreamException)
                return true;
            // SQLITE_BUSY and SQLITE_LOCKED: another writer holds the file longer than the busy timeout.
            if (e is SqliteException { SqliteErrorCode: 5 or 6 })
                return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="exception"/> comes from the database at all, whatever the reason.</summary>
    public static bool IsDatabaseError(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Drops the idle pooled connections, which a database restart has left dead: the next
    /// requests open fresh ones instead of failing on the stale ones one by one.
    /// </summary>
    public static void ForgetIdleConnections() => NpgsqlConnection.ClearAllPools();

    // 08: connection exception; 53: insufficient resources (too many connections);
    // 57P01-57P05: the server is shutting down, restarting or not yet accepting connections.
    private static bool IsUnavailableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal);
}
