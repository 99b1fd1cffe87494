using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements the hub sends to read, to hold the round trips of a request to a
/// bound. The audit trail's write at the end of a request is left out: it is one batch on
/// PostgreSQL and SQL Server, but SQLite (in-process, no batching in EF Core) takes a statement per row.
/// It also counts the contexts that sent commands and the connections they opened, to hold a request to one context.
/// Only what is sent while serving an HTTP request counts: the outbox dispatcher, woken by a commit, reads beside the
/// next request, and a test's own reads and writes through the database are not the hub's round trips. The host must
/// register <see cref="IHttpContextAccessor"/> (its holder of the current request is shared by every instance).
/// </summary>
public sealed class SqlStatementCounter : DbCommandInterceptor, IDbConnectionInterceptor
{
    private readonly HttpContextAccessor servedRequest = new();
    private int count;
    private int auditWrites;
    private int connectionsOpened;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, byte> contexts = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<SentStatement> texts = new();

    public int Count => Volatile.Read(ref count);

    /// <summary>The commands that wrote audit events since the last reset (left out of <see cref="Count"/>).</summary>
    public int AuditWrites => Volatile.Read(ref auditWrites);

    /// <summary>The SQL of the statements since the last reset, in the order sent.</summary>
    public IReadOnlyList<string> Texts => texts.Select(s => s.Text).ToList();

    /// <summary>The statements since the last reset with their parameters, to explain their plans.</summary>
    public IReadOnlyList<SentStatement> Sent => texts.ToList();

    /// <summary>The contexts (instances, not types) that sent a command since the last reset, audit writes included.</summary>
    public int Contexts => contexts.Count;

    /// <summary>The times a context opened its connection since the last reset (EF Core opens it around each command it sends).</summary>
    public int ConnectionsOpened => Volatile.Read(ref connectionsOpened);

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        Interlocked.Exchange(ref auditWrites, 0);
        Interlocked.Exchange(ref connectionsOpened, 0);
        contexts.Clear();
        texts.Clear();
    }

    private bool ServingRequest => servedRequest.HttpContext is not null;

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (ServingRequest)
            Interlocked.Increment(ref connectionsOpened);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        if (ServingRequest)
            Interlocked.Increment(ref connectionsOpened);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (ServingRequest)
        {
            SeenFrom(eventData);
            if (IsAuditWrite(command))
                Interlocked.Increment(ref auditWrites);
        }
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void SeenFrom(CommandEventData eventData)
    {
        if (eventData.Context is { } context)
            contexts.TryAdd(context.ContextId.InstanceId, 0);
    }

    private void Record(DbCommand command, CommandEventData eventData)
    {
        if (!ServingRequest)
            return;
        SeenFrom(eventData);
        if (IsAuditWrite(command))
        {
            Interlocked.Increment(ref auditWrites);
            return;
        }
        Interlocked.Increment(ref count);
        texts.Enqueue(SentStatement.Of(command));
    }

    private const string AuditInsert = "INSERT INTO \"AuditEvents\"";

    // A command that only appends audit events. A mutation's batch carries its event among its other inserts, in whatever
    // order EF Core puts them (often the event first): that batch is a statement of the request, not its audit write.
    private static bool IsAuditWrite(DbCommand command) => command.CommandText.TrimStart().StartsWith(AuditInsert, StringComparison.Ordinal)
        && Occurrences(command.CommandText, "INSERT INTO ") == Occurrences(command.CommandText, AuditInsert);

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}

/// <summary>A statement as sent: its SQL and its parameters' names and values.</summary>
public sealed record SentStatement(string Text, IReadOnlyList<(string Name, object? Value)> Parameters)
{
    public static SentStatement Of(DbCommand command) =>
        new(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList());
}
