using System.Threading.RateLimiting;
using Hub.Api.Telemetry;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Admits at most <see cref="WorkLimitOptions.ConcurrentRequests"/> requests to execution at once; the others wait in a bounded
/// queue, oldest first, for at most <see cref="WorkLimitOptions.QueueTimeout"/>. Past 16 clients on 2 cores the hub once took
/// every request at once, each slower than the last, until answers passed the clients' timeouts and pages were computed for
/// no one (issue 18: 194 timeouts in 15 s at 64 clients). A request refused for overload is answered 503 with Retry-After
/// (RFC 9110 §15.6.4: the server cannot handle the request now, and may say when to retry), before any of its work is done.
/// </summary>
internal sealed class WorkLimit(WorkLimitOptions options) : IDisposable
{
    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.ConcurrentRequests,
        QueueLimit = options.QueueLength,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>The place the request holds while it runs (dispose it at the end), or the 503 that refuses it.</summary>
    public async ValueTask<(RateLimitLease? Lease, TransportError? Refusal)> EnterAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(options.QueueTimeout);
        try
        {
            var lease = await limiter.AcquireAsync(1, wait.Token);
            if (lease.IsAcquired)
                return (lease, null);
            lease.Dispose();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Waited its time in the queue.
        }
        HubTelemetry.OverloadRefusals.Add(1);
        return (null, TransportError.Overloaded);
    }

    /// <summary>
    /// The requests holding a place now. A request answered at its deadline keeps its place until its work has ended (it still
    /// uses the request's context), so this falls to 0 only once no work of any request is left running.
    /// </summary>
    public int Executing => options.ConcurrentRequests - (int)(limiter.GetStatistics()?.CurrentAvailablePermits ?? options.ConcurrentRequests);

    public void Dispose() => limiter.Dispose();
}
