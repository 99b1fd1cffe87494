using System.Threading.Channels;
using Hub.Domain.Access;
using Hub.Domain.Events;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Events;

/// <summary>
/// Fans the outbox out to this node's subscribers: reads the events after the last position it read,
/// when woken (<see cref="OutboxSignal"/>) or every poll interval, and hands them in order to every
/// listener. The outbox is the source of truth; nothing here is remembered across a restart.
/// </summary>
public sealed class OutboxDispatcher(IServiceProvider services, OutboxSignal signal, EventsOptions options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int Batch = 500;

    private readonly List<Channel<OutboxEvent>> listeners = [];
    private readonly Lock gate = new();

    /// <summary>
    /// The events after <paramref name="after"/> (or, without it, those committed from now on), in
    /// position order, without gaps or repeats: first replayed from the outbox, then live.
    /// </summary>
    public async IAsyncEnumerable<OutboxEvent> ReadAsync(long? after, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        // Listening starts before the replay reads: an event the dispatcher hands out meanwhile is
        // either in the replay (committed before it read) or in the channel; the position skips repeats.
        var live = Channel.CreateUnbounded<OutboxEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate)
            listeners.Add(live);
        try
        {
            var last = after ?? await HeadAsync(ct);
            for (var replay = await ReadAfterAsync(last, ct); replay.Count > 0; replay = await ReadAfterAsync(last, ct))
                foreach (var e in replay)
                {
                    last = e.Position;
                    yield return e;
                }
            await foreach (var e in live.Reader.ReadAllAsync(ct))
                if (e.Position > last)
                {
                    last = e.Position;
                    yield return e;
                }
        }
        finally
        {
            lock (gate)
                listeners.Remove(live);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? head = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                head ??= await HeadAsync(stoppingToken);
                // A short batch read to the end of the outbox: a commit after that read wakes the signal again, so
                // no second read is sent to find nothing (issue 18: it doubled the statements every write costs).
                List<OutboxEvent> batch;
                do
                {
                    batch = await ReadAfterAsync(head.Value, stoppingToken);
                    if (batch.Count > 0)
                    {
                        Publish(batch);
                        head = batch[^1].Position;
                    }
                }
                while (batch.Count == Batch);
                await signal.WaitAsync(TimeSpan.FromMilliseconds(options.PollMilliseconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is away (or the read failed otherwise): subscribers wait, and the next read
                // catches up from the same position. A failure must never stop the host.
                logger.LogWarning("The outbox could not be read ({Message}); retrying.", e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(options.PollMilliseconds), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private void Publish(List<OutboxEvent> batch)
    {
        lock (gate)
            foreach (var listener in listeners)
                foreach (var e in batch)
                    listener.Writer.TryWrite(e);
    }

    private async Task<long> HeadAsync(CancellationToken ct)
    {
        await using var scope = SystemAccess.CreateScope(services);
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().OutboxEvents.MaxAsync(e => (long?)e.Position, ct) ?? 0;
    }

    private async Task<List<OutboxEvent>> ReadAfterAsync(long position, CancellationToken ct)
    {
        await using var scope = SystemAccess.CreateScope(services);
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().OutboxEvents.AsNoTracking()
            .Where(e => e.Position > position).OrderBy(e => e.Position).Take(Batch).ToListAsync(ct);
    }
}
