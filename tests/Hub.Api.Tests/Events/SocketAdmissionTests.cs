using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Events;

/// <summary>
/// What a socket admits beyond the protocol: trusted documents by id, as over HTTP, and no more sockets or
/// subscriptions per subject than the node allows (sockets refused at connection_init with 4403, the code
/// the protocol recommends for rejecting a connection; subscriptions refused with an error message).
/// </summary>
[Collection(EventsCollection.Name)]
public sealed class SocketAdmissionTests(EventsHost host) : HubApiTest(host)
{
    private const string Requests = "subscription Follow($after: String) { dischargeRequestChanged(after: $after) { nodeId version } }";

    private EventsHost Events => (EventsHost)Host;

    [Fact]
    public async Task A_subject_holding_its_sockets_is_refused_another_with_4403()
    {
        var token = Token(await EventWorld.CreateAsync(Host));
        await using var node = await Events.NodeAsync(null, new Dictionary<string, string> { ["Hub:Events:MaxSocketsPerSubject"] = "2" });
        await using var first = await SocketClient.AcknowledgedAsync(node.SocketUri, token);
        await using var second = await SocketClient.AcknowledgedAsync(node.SocketUri, token);

        await using var third = await SocketClient.ConnectAsync(node.SocketUri);
        await third.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });

        Assert.Equal(4403, await third.ClosedAsync());
        Assert.Contains("holds 2 sockets", third.CloseReason);
    }

    [Fact]
    public async Task A_subject_holding_its_subscriptions_is_refused_another_on_any_of_its_sockets_with_an_error_message()
    {
        var token = Token(await EventWorld.CreateAsync(Host));
        await using var node = await Events.NodeAsync(null, new Dictionary<string, string> { ["Hub:Events:MaxSubscriptionsPerSubject"] = "3" });
        await using var first = await SocketClient.AcknowledgedAsync(node.SocketUri, token);
        await using var second = await SocketClient.AcknowledgedAsync(node.SocketUri, token);
        foreach (var id in new[] { "s1", "s2", "s3" })
            await first.SendAsync(new { id, type = "subscribe", payload = new { query = Requests } });
        // The socket handles its messages in order: once the pong is back, its three subscriptions are held.
        await first.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await first.ReceiveAsync())!.Value.At("type").GetString());

        await second.SendAsync(new { id = "s4", type = "subscribe", payload = new { query = Requests } });

        var error = (await second.ReceiveAsync())!.Value;
        Assert.Equal(("error", "s4"), (error.At("type").GetString(), error.At("id").GetString()));
        Assert.Contains("holds 3 subscriptions", error.At("payload")[0].At("message").GetString());
    }

    [Fact]
    public async Task A_subscription_named_by_its_trusted_document_id_runs_like_one_sent_in_full()
    {
        var world = await EventWorld.CreateAsync(Host);
        var manifest = Path.Combine(Path.GetTempPath(), $"hub-trusted-{Guid.NewGuid():N}.json");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Requests)));
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new Dictionary<string, string> { [hash] = Requests }));
        try
        {
            await using var node = await Events.NodeAsync(null, new Dictionary<string, string> { ["Hub:GraphQL:TrustedDocuments:0"] = manifest });
            var head = await world.HeadAsync();
            var request = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);
            await using var client = await SocketClient.AcknowledgedAsync(node.SocketUri, Token(world));

            await client.SendAsync(new { id = "known", type = "subscribe", payload = new { documentId = $"sha256:{hash}", variables = new { after = head } } });
            await client.SendAsync(new { id = "unknown", type = "subscribe", payload = new { documentId = $"sha256:{new string('0', 64)}" } });

            var messages = new[] { (await client.ReceiveAsync())!.Value, (await client.ReceiveAsync())!.Value }.ToDictionary(m => m.At("id").GetString()!);
            Assert.Equal(request, messages["known"].At("payload", "data", "dischargeRequestChanged", "nodeId").GetString());
            Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", messages["unknown"].At("payload")[0].At("extensions", "code").GetString());
        }
        finally
        {
            File.Delete(manifest);
        }
    }

    private static string Token(EventWorld world) => world.Care.Hospital.Client.DefaultRequestHeaders.Authorization!.Parameter!;
}
