using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Counts the SQL statements the hub sends, to hold the round trips of a request to a bound.</summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private int count;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> texts = new();

    public int Count => Volatile.Read(ref count);

    /// <summary>The SQL of the statements since the last reset, in the order sent.</summary>
    public IReadOnlyList<string> Texts => texts.ToList();

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        texts.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        texts.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        texts.Enqueue(command.CommandText);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
