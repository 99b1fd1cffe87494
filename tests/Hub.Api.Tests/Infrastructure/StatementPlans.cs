using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>The database's plan for a statement the hub sent, with the parameters it sent.</summary>
public static class StatementPlans
{
    /// <summary>SQLite's plan: <c>SCAN t</c> reads a whole table, <c>SEARCH t USING INDEX</c> does not.</summary>
    public static Task<string> SqliteAsync(HubApiHost host, SentStatement statement) => ExplainAsync(host, statement, "EXPLAIN QUERY PLAN ", setup: null);

    /// <summary>
    /// PostgreSQL's plan with sequential scans forbidden: a test table is small enough that one is
    /// cheapest, so forbidding it shows whether an index can serve the condition at all (a
    /// <c>Seq Scan</c> left in the plan means none can).
    /// </summary>
    public static Task<string> PostgresAsync(HubApiHost host, SentStatement statement) => ExplainAsync(host, statement, "EXPLAIN ", "SET enable_seqscan = off");

    /// <summary>
    /// PostgreSQL's plan with sequential scans and sorts forbidden: on a test table sorting a few rows is cheapest, so forbidding
    /// it shows whether an index can give the rows in the order asked (a <c>Sort</c> still under a scan means none can).
    /// </summary>
    public static Task<string> PostgresInIndexOrderAsync(HubApiHost host, SentStatement statement) =>
        ExplainAsync(host, statement, "EXPLAIN ", "SET enable_seqscan = off; SET enable_sort = off");

    /// <summary>
    /// Runs <paramref name="statement"/> <paramref name="times"/> times on one new connection with the hub's settings, then
    /// tells how often PostgreSQL ran it on a plan made for its values (custom) and on its one generic plan, as
    /// <c>pg_prepared_statements</c> counts them: a statement run on custom plans is planned again on every run.
    /// </summary>
    public static async Task<(long Custom, long Generic)> PostgresPlanningsAsync(HubApiHost host, SentStatement statement, int times)
    {
        string hubs;
        await using (var scope = host.SystemScope())
            hubs = host.SystemContext(scope).Database.GetConnectionString()!;
        await using var connection = new Npgsql.NpgsqlConnection(hubs + ";Pooling=false");
        await connection.OpenAsync();
        for (var run = 0; run < times; run++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement.Text;
            foreach (var (name, value) in statement.Parameters)
                command.Parameters.Add(new Npgsql.NpgsqlParameter(name, value ?? DBNull.Value));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }
        await using var count = connection.CreateCommand();
        // The connection is new and ran nothing else: whatever it holds prepared is the statement.
        count.CommandText = "SELECT coalesce(sum(custom_plans), 0)::bigint, coalesce(sum(generic_plans), 0)::bigint FROM pg_prepared_statements";
        await using var counted = await count.ExecuteReaderAsync();
        await counted.ReadAsync();
        return (counted.GetInt64(0), counted.GetInt64(1));
    }

    private static async Task<string> ExplainAsync(HubApiHost host, SentStatement statement, string prefix, string? setup)
    {
        await using var scope = host.SystemScope();
        var connection = host.SystemContext(scope).Database.GetDbConnection();
        await connection.OpenAsync();
        if (setup is not null)
        {
            await using var set = connection.CreateCommand();
            set.CommandText = setup;
            await set.ExecuteNonQueryAsync();
        }
        await using var explain = connection.CreateCommand();
        explain.CommandText = prefix + statement.Text;
        foreach (var (name, value) in statement.Parameters)
        {
            var parameter = explain.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
            explain.Parameters.Add(parameter);
        }
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        return string.Join("\n", lines);
    }
}
