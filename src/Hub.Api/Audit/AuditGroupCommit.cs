using Hub.Domain.Audit;

namespace Hub.Api.Audit;

/// <summary>
/// Group commit of the requests' audit batches (issue 18): while one batch is being written, the small batches of
/// requests that end meanwhile wait, and the next of them writes them all in one statement, through its own
/// context, as soon as the write in flight ends. A request alone writes at once, as before; under load one
/// insert and one commit serve several responses instead of one each.
/// </summary>
/// <remarks>
/// Each request still answers only once its own events are committed (a rider waits for the write that carries them).
/// No request is made to carry, or to wait for, a write that can be slow because of what another caller asked (red team 40):
/// a batch above <see cref="MaxGroupedEvents"/> (a condition on SOCIAL or HEALTH fields audits every person it matched)
/// is written alone, outside the group, and a group write carries at most <see cref="MaxGroupWrite"/> events. A rider waits
/// no longer than its own request may (its cancellation): given up while still queued, it leaves the queue, as its own
/// write would have been cancelled. A write that fails takes no one's outcome with it: each request of it, its leader too,
/// then writes its events alone through its own context, so its answer (a 503 when the database is unreachable) is its own,
/// as without grouping; a write that failed after its commit leaves no duplicate, since events are inserted once by id
/// (<see cref="AuditWriter"/>).
/// The lead passes from request to request, so no thread is kept, and no request writes more than one batch.
/// </remarks>
public sealed class AuditGroupCommit
{
    /// <summary>The largest batch that joins a group (a page of 100 persons audits 100): larger ones are written alone.</summary>
    public const int MaxGroupedEvents = 200;

    /// <summary>The most events one group write carries: the rest wait for the next.</summary>
    public const int MaxGroupWrite = 2_000;

    private readonly Lock gate = new();
    private readonly LinkedList<Rider> waiting = new();
    private bool writing;

    /// <summary>
    /// Returns once <paramref name="events"/> are written: by <paramref name="write"/> (the caller's own
    /// context), with the events of requests waiting at that moment, or by a request that wrote them first.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the events were written.</exception>
    /// <exception cref="Exception">Whatever <paramref name="write"/> throws when the caller's own write fails.</exception>
    public async Task AppendAsync(IReadOnlyList<AuditEvent> events, Func<IReadOnlyList<AuditEvent>, CancellationToken, Task> write,
        CancellationToken cancellationToken)
    {
        if (events.Count > MaxGroupedEvents)
        {
            await write(events, cancellationToken);
            return;
        }
        Rider? rider = null;
        lock (gate)
        {
            if (writing)
                waiting.AddLast((rider = new Rider(events)).Node);
            else
                writing = true;
        }
        switch (rider is null ? Turn.Lead : await WaitForTurnAsync(rider, cancellationToken))
        {
            case Turn.Written:
                return;
            case Turn.Failed:
                await write(events, cancellationToken);
                return;
            default:
                await LeadAsync(events, write, cancellationToken);
                return;
        }
    }

    // Given up while still queued, the rider leaves; taken already (to ride or to lead), it must see its turn through, which a
    // bounded write ends soon: a rider told to lead that walked away would leave the ones behind it waiting for ever.
    private async Task<Turn> WaitForTurnAsync(Rider rider, CancellationToken cancellationToken)
    {
        try
        {
            return await rider.Turn.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            lock (gate)
            {
                if (rider.Node.List is not null)
                {
                    waiting.Remove(rider.Node);
                    throw;
                }
            }
            return await rider.Turn.Task;
        }
    }

    private async Task LeadAsync(IReadOnlyList<AuditEvent> own, Func<IReadOnlyList<AuditEvent>, CancellationToken, Task> write,
        CancellationToken cancellationToken)
    {
        // A request past its time limit takes no one along: its write would fail at once and send every rider to write alone.
        if (cancellationToken.IsCancellationRequested)
        {
            PassTheLead();
            cancellationToken.ThrowIfCancellationRequested();
        }
        List<Rider> riders = [];
        lock (gate)
        {
            var total = own.Count;
            while (waiting.First is { } next && total + next.Value.Events.Count <= MaxGroupWrite)
            {
                waiting.RemoveFirst();
                riders.Add(next.Value);
                total += next.Value.Events.Count;
            }
        }
        var outcome = Turn.Failed;
        try
        {
            await write(riders.Count == 0 ? own : [.. own, .. riders.SelectMany(r => r.Events)], cancellationToken);
            outcome = Turn.Written;
        }
        catch when (riders.Count > 0)
        {
            // Like its riders, the leader then writes alone: what failed may have been the group, not its own events.
        }
        finally
        {
            PassTheLead();
            foreach (var r in riders)
                r.Turn.SetResult(outcome);
        }
        if (outcome == Turn.Failed)
            await write(own, cancellationToken);
    }

    /// <summary>The first request that came while this batch was written leads the next one; with none, the next request writes at once.</summary>
    private void PassTheLead()
    {
        Rider? next = null;
        lock (gate)
        {
            if (waiting.First is { } first)
            {
                waiting.RemoveFirst();
                next = first.Value;
            }
            else
                writing = false;
        }
        next?.Turn.SetResult(Turn.Lead);
    }

    private enum Turn { Lead, Written, Failed }

    private sealed class Rider
    {
        public Rider(IReadOnlyList<AuditEvent> events)
        {
            Events = events;
            Node = new(this);
        }

        public IReadOnlyList<AuditEvent> Events { get; }

        /// <summary>Its place in the queue: <c>List</c> is null once a leader has taken it, or once it left.</summary>
        public LinkedListNode<Rider> Node { get; }

        public TaskCompletionSource<Turn> Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
