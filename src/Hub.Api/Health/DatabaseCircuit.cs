using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Health;

/// <summary>
/// Whether the database is known to be out of reach. Once a request finds it unreachable, or stalled
/// past the request's deadline, the circuit opens: requests to <c>/graphql</c> are answered 503
/// <c>DATABASE_UNAVAILABLE</c> at once, without touching the database, instead of each waiting for a
/// connection that fails or never answers. While it is open (and only then) a probe tries a round trip
/// every <see cref="ProbeInterval"/>; the first that succeeds closes it. <c>/health/ready</c> reports
/// the same probe. SQLite is a file inside the process, never out of reach, so the circuit never opens
/// for it (a busy file is answered 503 request by request).
/// </summary>
public sealed class DatabaseCircuit(DatabaseOptions database, IHostApplicationLifetime lifetime, ILogger<DatabaseCircuit> logger)
{
    /// <summary>How long a probe waits for the database before reporting it as not answering.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    // Short, so the hub serves again within a fraction of a second of the database's return.
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(250);

    private readonly Lock gate = new();
    private Task<bool>? roundTrip;
    private int open;

    /// <summary>Whether requests are refused without trying the database.</summary>
    public bool IsOpen => Volatile.Read(ref open) == 1;

    /// <summary>Opens the circuit (a request found the database unreachable) and starts probing; does nothing on SQLite.</summary>
    public void Trip()
    {
        if (database.Provider == DatabaseProvider.Sqlite || Interlocked.Exchange(ref open, 1) == 1)
            return;
        logger.LogWarning("The database is unreachable: requests are answered 503 until a probe reaches it.");
        _ = ProbeUntilBackAsync();
    }

    /// <summary>
    /// Null when a round trip to the database succeeds within <see cref="ProbeTimeout"/>, closing the
    /// circuit; otherwise what is wrong, in words, opening it. At most one round trip is in flight:
    /// callers while one runs share it, so a stalled database holds one connection, not one per probe.
    /// </summary>
    public async Task<string?> ProbeAsync()
    {
        bool reached;
        try
        {
            reached = await CurrentRoundTrip().WaitAsync(ProbeTimeout);
        }
        catch (TimeoutException)
        {
            Trip();
            return $"not answering within {ProbeTimeout.TotalSeconds:0} s";
        }
        if (!reached)
        {
            Trip();
            return "unreachable";
        }
        Close();
        return null;
    }

    private async Task ProbeUntilBackAsync()
    {
        // A hub shutting down stops probing: its database may be going away for good.
        while (IsOpen && !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            await Task.Delay(ProbeInterval);
            await ProbeAsync();
        }
    }

    private void Close()
    {
        if (Interlocked.Exchange(ref open, 0) == 0)
            return;
        // Pooled connections from before the outage are dead: the next requests open fresh ones.
        DatabaseFailure.ForgetIdleConnections();
        logger.LogInformation("The database is reachable again.");
    }

    private Task<bool> CurrentRoundTrip()
    {
        lock (gate)
        {
            if (roundTrip is null || roundTrip.IsCompleted)
                roundTrip = Task.Run(RoundTripAsync);
            return roundTrip;
        }
    }

    // Its own context, outside any request, so a round trip left behind by a timed-out probe owns
    // everything it uses and releases it whenever the database finally answers.
    private async Task<bool> RoundTripAsync()
    {
        try
        {
            await using var db = SystemAccess.CreateContext(database);
            // A statement, not just an open: a pooled connection opens fine after the server died.
            await db.Database.ExecuteSqlRawAsync("SELECT 1");
            return true;
        }
        catch (Exception e) when (DatabaseFailure.IsDatabaseError(e) || DatabaseFailure.IsUnavailable(e))
        {
            return false;
        }
    }
}
