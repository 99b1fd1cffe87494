using Hub.Api.Events;

namespace Hub.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// Caps what one subject (a token's <c>sub</c>) holds open on this node, so that one machine client
/// cannot take every socket or every delivery: sockets (<see cref="EventsOptions.MaxSocketsPerSubject"/>)
/// and subscriptions (<see cref="EventsOptions.MaxSubscriptionsPerSubject"/>). Counted per node: a
/// subject spread over n nodes by the load balancer may hold up to n times as many.
/// </summary>
internal sealed class SocketQuota(EventsOptions options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> sockets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> subscriptions = new(StringComparer.Ordinal);

    /// <summary>A hold on one of the subject's sockets, released when disposed; null when it holds its cap already.</summary>
    public IDisposable? TryOpenSocket(string subject) => TryTake(sockets, subject, options.MaxSocketsPerSubject);

    /// <summary>A hold on one of the subject's subscriptions, released when disposed; null when it holds its cap already.</summary>
    public IDisposable? TryStartSubscription(string subject) => TryTake(subscriptions, subject, options.MaxSubscriptionsPerSubject);

    private Hold? TryTake(Dictionary<string, int> counts, string subject, int cap)
    {
        lock (gate)
        {
            var held = counts.GetValueOrDefault(subject);
            if (held >= cap)
                return null;
            counts[subject] = held + 1;
        }
        return new Hold(this, counts, subject);
    }

    private void Release(Dictionary<string, int> counts, string subject)
    {
        lock (gate)
        {
            // The entry goes with the last hold: the dictionaries hold only subjects connected now.
            if (--counts[subject] == 0)
                counts.Remove(subject);
        }
    }

    private sealed class Hold(SocketQuota quota, Dictionary<string, int> counts, string subject) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                quota.Release(counts, subject);
        }
    }
}
