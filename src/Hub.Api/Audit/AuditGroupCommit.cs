using Hub.Domain.Audit;

namespace Hub.Api.Audit;

/// <summary>
/// Group commit of the requests' audit batches (issue 18): while one batch is being written, the batches of
/// requests that end meanwhile wait, and the next of them writes them all in one statement, through its own
/// context, as soon as the write in flight ends. A request alone writes at once, as before; under load one
/// insert and one commit serve several responses instead of one each.
/// </summary>
/// <remarks>
/// Each request still answers only once its own events are committed (a rider waits for the write that
/// carries them). A write that fails takes no rider's outcome with it: each rider then writes its events
/// alone through its own context, so its answer (a 503 when the database is unreachable) is its own, as it
/// was without grouping. The lead passes from request to request, so no thread is kept, and no request
/// writes more than one batch.
/// </remarks>
public sealed class AuditGroupCommit
{
    private readonly Lock gate = new();
    private readonly Queue<Rider> waiting = new();
    private bool writing;

    /// <summary>
    /// Returns once <paramref name="events"/> are written: by <paramref name="write"/> (the caller's own
    /// context), with the events of requests waiting at that moment, or by a request that wrote them first.
    /// </summary>
    /// <exception cref="Exception">Whatever <paramref name="write"/> throws when the caller's own write fails.</exception>
    public async Task AppendAsync(IReadOnlyList<AuditEvent> events, Func<IReadOnlyList<AuditEvent>, CancellationToken, Task> write,
        CancellationToken cancellationToken)
    {
        Rider? rider = null;
        lock (gate)
        {
            if (writing)
                waiting.Enqueue(rider = new Rider(events));
            else
                writing = true;
        }
        // Not cancelled by the caller: a rider told to lead must lead, or the waiting ones would wait for ever.
        switch (rider is null ? Turn.Lead : await rider.Turn.Task)
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

    private async Task LeadAsync(IReadOnlyList<AuditEvent> own, Func<IReadOnlyList<AuditEvent>, CancellationToken, Task> write,
        CancellationToken cancellationToken)
    {
        List<Rider> riders;
        lock (gate)
        {
            riders = [.. waiting];
            waiting.Clear();
        }
        var outcome = Turn.Failed;
        try
        {
            await write(riders.Count == 0 ? own : [.. own, .. riders.SelectMany(r => r.Events)], cancellationToken);
            outcome = Turn.Written;
        }
        finally
        {
            PassTheLead();
            foreach (var r in riders)
                r.Turn.SetResult(outcome);
        }
    }

    /// <summary>The first request that came while this batch was written leads the next one; with none, the next request writes at once.</summary>
    private void PassTheLead()
    {
        Rider? next;
        lock (gate)
        {
            if (!waiting.TryDequeue(out next))
                writing = false;
        }
        next?.Turn.SetResult(Turn.Lead);
    }

    private enum Turn { Lead, Written, Failed }

    private sealed record Rider(IReadOnlyList<AuditEvent> Events)
    {
        public TaskCompletionSource<Turn> Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
