using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// Records the LINQ queries EF Core compiles, while it is alive, for the contexts of one caller on
/// one host's database (its diagnostic events; other hosts, the host's background work and the audit's
/// own context are left out): a query served from the query cache is not compiled again.
/// </summary>
public sealed class QueryCompilations : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string database;
    private readonly string actor;
    private readonly IDisposable all;
    private readonly List<IDisposable> subscriptions = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> queries = new();

    private QueryCompilations(string database, string actor)
    {
        this.database = database;
        this.actor = actor;
        all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>The queries compiled, as EF Core prints their expression trees.</summary>
    public IReadOnlyList<string> Queries => [.. queries];

    /// <summary>The compilations for <paramref name="actor"/>'s requests (the token's <c>sub</c>) on <paramref name="host"/>.</summary>
    public static QueryCompilations Of(HubApiHost host, string actor)
    {
        using var scope = host.SystemScope();
        return new QueryCompilations(host.SystemContext(scope).Database.GetConnectionString()!, actor);
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            lock (subscriptions)
                subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CoreEventId.QueryCompilationStarting.Name && value.Value is QueryExpressionEventData { Context: Hub.Domain.Persistence.HubDbContext context } compiling
            && context.Scope.Actor == actor && context.Database.GetConnectionString() == database)
            queries.Enqueue(ExpressionPrinter.Print(compiling.Expression));
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        all.Dispose();
        lock (subscriptions)
            subscriptions.ForEach(s => s.Dispose());
    }
}
