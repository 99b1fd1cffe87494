using System.Threading.RateLimiting;
using Hub.Domain.Access;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The rate limits of <see cref="RateLimitOptions"/>, as ASP.NET Core's limiters partitioned by
/// caller and organisation, chained: a request passes when its caller's bucket, its
/// organisation's bucket and its caller's concurrency all let it. Partitions are keyed by the
/// token's claims, checked before a request gets here, so nobody can spend another's budget.
/// </summary>
internal sealed class CallerRateLimits(RateLimitOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<Caller> limiter = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<Caller, string>(caller => RateLimitPartition.GetTokenBucketLimiter(caller.Subject,
            _ => Bucket(options.SubjectBurst, options.SubjectPerSecond))),
        PartitionedRateLimiter.Create<Caller, Guid>(caller => RateLimitPartition.GetTokenBucketLimiter(caller.OrganizationId,
            _ => Bucket(options.OrganizationBurst, options.OrganizationPerSecond))),
        PartitionedRateLimiter.Create<Caller, string>(caller => RateLimitPartition.GetConcurrencyLimiter(caller.Subject,
            _ => new ConcurrencyLimiterOptions { PermitLimit = options.ConcurrentPerSubject, QueueLimit = options.QueuePerSubject })));

    /// <summary>The lease the request holds while it runs (dispose it at the end); or the 429 that refuses it.</summary>
    public async ValueTask<(RateLimitLease? Lease, TransportError? Refusal)> AcquireAsync(Caller caller, CancellationToken cancellationToken)
    {
        // The system caller never comes over HTTP; should it, it is the hub's own work and never limited.
        if (!options.Enabled || caller.Unrestricted)
            return (null, null);
        var lease = await limiter.AcquireAsync(caller, 1, cancellationToken);
        if (lease.IsAcquired)
            return (lease, null);
        // A full concurrency queue says no retry time; a second is the shortest a client should wait.
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        lease.Dispose();
        Telemetry.HubTelemetry.RateLimitRefusals.Add(1);
        return (null, TransportError.RateLimited(retryAfter));
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perSecond) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public void Dispose() => limiter.Dispose();
}
