using System.Threading.Channels;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Events;
using Hub.Api.Tests.Infrastructure;
using Hub.Client.Tests.Operations;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Client.Tests.EndToEnd.Results;

namespace Hub.Client.Tests.EndToEnd;

/// <summary>
/// A subscription through Hub.Client outlives its sockets: with tokens that expire within seconds the
/// hub closes each socket (4403), and the client connects again with a fresh token and resumes after
/// the last event it yielded, so the caller sees every change once, in order.
/// </summary>
[Collection(ClientHubCollection.Name)]
public sealed class SubscriptionResumeTests(HubApiFactory host) : HubApiTest(host)
{
    [Fact]
    public async Task A_subscription_whose_token_expires_resumes_on_a_new_socket_after_its_last_event_without_loss_or_repeat()
    {
        var world = await EventWorld.CreateAsync(Host);
        // The fixture's own node commits the changes; this copy serving the socket reads them from the outbox.
        using var hub = KestrelHub.Start(Host, new Dictionary<string, string> { ["Hub:Events:PollMilliseconds"] = "200" });
        var tokens = new ShortLivedTokens(() => Host.Token(TestCallers.DischargePlanner(CareWorld.Key(world.Care.HospitalId)), TimeSpan.FromSeconds(2)));
        var services = new ServiceCollection();
        services.AddSingleton<IAccessTokenProvider>(tokens);
        services.AddHubClient(options => (options.Endpoint, options.RetryDelay) = (hub.Endpoint, TimeSpan.FromMilliseconds(50)));
        await using var provider = services.BuildServiceProvider();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var received = Channel.CreateUnbounded<(GlobalId, long)>();
        var following = FollowAsync(provider.GetRequiredService<IHubClient>(), await world.HeadAsync(), received.Writer, patience.Token);

        var first = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);
        Assert.Equal((new GlobalId(first), 1L), await received.Reader.ReadAsync(patience.Token));
        // Two more tokens drawn: the socket that delivered the first event has been closed and replaced at least once.
        while (tokens.Issued < 3)
            await Task.Delay(100, patience.Token);
        await world.AcknowledgeAsync(first);
        var second = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);

        Assert.Equal((new GlobalId(first), 2L), await received.Reader.ReadAsync(patience.Token));
        Assert.Equal((new GlobalId(second), 1L), await received.Reader.ReadAsync(patience.Token));
        await patience.CancelAsync();
        await following;
    }

    private static async Task FollowAsync(IHubClient client, string after, ChannelWriter<(GlobalId, long)> received, CancellationToken ct)
    {
        try
        {
            await foreach (var result in client.FollowDischargeRequestsAsync(after, ct))
                await received.WriteAsync((Ok(result).DischargeRequestChanged.NodeId, Ok(result).DischargeRequestChanged.Version), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The test has what it needs.
        }
    }

    /// <summary>A token provider drawing a new short-lived token for each connection, counting them.</summary>
    private sealed class ShortLivedTokens(Func<string> issue) : IAccessTokenProvider
    {
        private int issued;

        public int Issued => Volatile.Read(ref issued);

        public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref issued);
            return ValueTask.FromResult<string?>(issue());
        }
    }
}
