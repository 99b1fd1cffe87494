using Hub.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.Events;

/// <summary>
/// Wakes the node's <see cref="OutboxDispatcher"/> when a transaction holding outbox events commits, and
/// tells the other nodes through Redis when configured. A wake-up is only a hint: the dispatcher reads
/// the outbox by position, so a lost or early wake-up costs latency, never an event.
/// </summary>
public sealed class OutboxSignal : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>Set by <see cref="RedisEventBus"/> when Redis is configured: announces a commit to the other nodes.</summary>
    public Action? Announce { get; set; }

    /// <summary>Wakes this node's dispatcher (a second call before it wakes is one wake-up).</summary>
    public void WakeLocal()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the dispatcher will read everything committed so far.
        }
    }

    /// <summary>Waits for a wake-up or the poll interval, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan poll, CancellationToken ct) => wake.WaitAsync(poll, ct);

    // SaveChanges without a transaction of the caller's commits as it returns; with one (SQL Server's outbox
    // lock's, or a caller's), only the commit makes the events visible.
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
            Committed(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
            Committed(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    // SaveChanges's own transaction commits while its events are still Added (they are accepted after the commit): that
    // save wakes the dispatcher as it returns, so waking here too would send it a second read that finds nothing (issue 18).
    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context?.ChangeTracker.Entries<OutboxEvent>().Any(e => e.State == EntityState.Added) != true)
            Committed(eventData.Context);
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries<OutboxEvent>().Any())
            return;
        WakeLocal();
        Announce?.Invoke();
    }
}
