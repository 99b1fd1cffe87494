using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.Telemetry;

/// <summary>
/// Counts the SQL statements of the request that began a tally (<see cref="Begin"/>), whatever context sends
/// them (the request's own, the audit's): the count follows the request's asynchronous flow. Joins the hub's
/// contexts only when telemetry is on.
/// </summary>
internal sealed class StatementTally : DbCommandInterceptor
{
    private static readonly AsyncLocal<Counter?> Current = new();

    /// <summary>Starts counting the statements of the calling flow; read the count from the returned counter.</summary>
    public static Counter Begin() => Current.Value = new Counter();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private static void Count()
    {
        if (Current.Value is { } counter)
            Interlocked.Increment(ref counter.Statements);
    }

    /// <summary>The statements counted so far in one request.</summary>
    public sealed class Counter
    {
        /// <summary>Statements sent since <see cref="Begin"/>; data loaders run in parallel, so it is incremented atomically.</summary>
        public int Statements;
    }
}
