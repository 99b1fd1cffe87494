using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.Api.Tests.Events;

/// <summary>
/// On PostgreSQL an outbox event's position is drawn at commit (migration OutboxCommitOrder), not at insert: position
/// order is commit order, so a reader that saw position X and asks for "after X" misses nothing, and writers hold no
/// lock across a round trip of theirs (issue 18: sixteen wards filing at once queued on a lock taken before the insert).
/// </summary>
[Collection(PostgresHubApiCollection.Name)]
public sealed class OutboxCommitOrderTests(PostgresHubApiFactory host) : HubApiTest(host)
{
    [Fact]
    public async Task An_event_inserted_first_and_committed_last_comes_last()
    {
        var marker = Guid.NewGuid();
        await using var first = await OpenAsync();
        await using var second = await OpenAsync();
        await using var firstWrite = await first.BeginTransactionAsync();
        await using var secondWrite = await second.BeginTransactionAsync();
        var drawnFirst = await InsertAsync(first, marker, version: 1);
        var drawnSecond = await InsertAsync(second, marker, version: 2);

        // Neither waits for the other before its commit: the second commits while the first is still open.
        await secondWrite.CommitAsync();
        await firstWrite.CommitAsync();

        Assert.True(drawnFirst < drawnSecond);
        var committed = await PositionsAsync(marker);
        Assert.Equal([2L, 1L], committed.OrderBy(e => e.Position).Select(e => e.Version));
        Assert.DoesNotContain(committed, e => e.Position == drawnFirst || e.Position == drawnSecond);
    }

    [Fact]
    public async Task A_transactions_events_keep_their_order_and_a_rolled_back_one_leaves_none()
    {
        var marker = Guid.NewGuid();
        await using var connection = await OpenAsync();
        await using (var kept = await connection.BeginTransactionAsync())
        {
            await InsertAsync(connection, marker, version: 1);
            await InsertAsync(connection, marker, version: 2);
            await kept.CommitAsync();
        }
        await using (var dropped = await connection.BeginTransactionAsync())
        {
            await InsertAsync(connection, marker, version: 3);
            await dropped.RollbackAsync();
        }

        Assert.Equal([1L, 2L], (await PositionsAsync(marker)).OrderBy(e => e.Position).Select(e => e.Version));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        string connectionString;
        await using (var scope = Host.SystemScope())
            connectionString = Host.SystemContext(scope).Database.GetConnectionString()!;
        var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        return connection;
    }

    // An event of no real entity (a fresh id as its entity): no subscriber loads anything for it.
    private static async Task<long> InsertAsync(NpgsqlConnection connection, Guid marker, long version)
    {
        await using var insert = new NpgsqlCommand("""
            INSERT INTO "OutboxEvents" ("Actor", "EntityId", "EntityType", "OccurredAt", "Type", "Version")
            VALUES ('outbox-order-test', @marker, 'DischargeRequest', now(), 'DischargeRequestStatusChanged', @version) RETURNING "Position"
            """, connection);
        insert.Parameters.AddWithValue("marker", marker);
        insert.Parameters.AddWithValue("version", version);
        return (long)(await insert.ExecuteScalarAsync())!;
    }

    private async Task<List<(long Position, long Version)>> PositionsAsync(Guid marker)
    {
        await using var connection = await OpenAsync();
        await using var select = new NpgsqlCommand("""SELECT "Position", "Version" FROM "OutboxEvents" WHERE "EntityId" = @marker""", connection);
        select.Parameters.AddWithValue("marker", marker);
        var events = new List<(long, long)>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            events.Add((reader.GetInt64(0), reader.GetInt64(1)));
        return events;
    }
}
