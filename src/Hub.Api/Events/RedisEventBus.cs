using StackExchange.Redis;

namespace Hub.Api.Events;

/// <summary>
/// Between nodes (<c>Hub:Events:Redis</c>): a commit is announced on a Redis channel and every node's
/// dispatcher wakes to read the outbox. The message carries nothing but the wake-up; a node that misses
/// it (Redis away) reads the same events at its next poll. Without the setting it does nothing.
/// </summary>
public sealed class RedisEventBus(EventsOptions options, OutboxSignal signal, ILogger<RedisEventBus> logger) : IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("hub:outbox");

    private ConnectionMultiplexer? redis;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Redis is not { Length: > 0 })
            return;
        var configuration = ConfigurationOptions.Parse(options.Redis!);
        // Redis may be down at start or later: the multiplexer keeps reconnecting, and polling covers the gap.
        configuration.AbortOnConnectFail = false;
        redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        var subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(Channel, (_, _) => signal.WakeLocal());
        signal.Announce = () => Announce(subscriber);
        logger.LogInformation("Events travel between nodes through Redis at {Redis}.", options.Redis);
    }

    // Called as a transaction commits: a Redis that is away must not make a committed change look failed.
    // The other nodes read the same events at their next poll.
    private void Announce(ISubscriber subscriber)
    {
        try
        {
            subscriber.Publish(Channel, "1", CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning("A commit could not be announced on Redis ({Message}); the other nodes read it at their next poll.", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        signal.Announce = null;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (redis is not null)
            await redis.DisposeAsync();
    }
}
