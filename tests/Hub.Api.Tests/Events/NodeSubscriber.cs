using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Events;

/// <summary>
/// The reference graphql-ws client, unmodified, run by Node (ws-client/subscribe.mjs): one subscription,
/// whose messages the test reads in the order they arrived.
/// </summary>
public sealed class NodeSubscriber : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Process node;
    private readonly Channel<JsonElement> lines = Channel.CreateUnbounded<JsonElement>();

    private NodeSubscriber(Process node)
    {
        this.node = node;
        node.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
                lines.Writer.TryWrite(JsonDocument.Parse(line).RootElement.Clone());
        };
        node.BeginOutputReadLine();
    }

    /// <summary>Starts the client and waits until the hub acknowledged its connection.</summary>
    public static async Task<NodeSubscriber> StartAsync(Uri socket, string token, string query, object? variables = null)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repository.File("tests/Hub.Api.Tests/Events/ws-client"),
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "subscribe.mjs", socket.ToString(), token, query, JsonSerializer.Serialize(variables) })
            start.ArgumentList.Add(argument);
        var subscriber = new NodeSubscriber(Process.Start(start)!);
        Assert.Equal("connected", (await subscriber.NextAsync()).At("event").GetString());
        return subscriber;
    }

    /// <summary>The next line the client printed.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await lines.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The payloads of the next <paramref name="count"/> events the subscription delivered.</summary>
    public async Task<List<JsonElement>> EventsAsync(int count)
    {
        var events = new List<JsonElement>();
        while (events.Count < count)
        {
            var line = await NextAsync();
            Assert.True(line.At("event").GetString() == "next", $"Expected an event, got {line}");
            events.Add(line.At("payload"));
        }
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        node.StandardInput.Close();
        if (!node.WaitForExit(5000))
            node.Kill(entireProcessTree: true);
        await node.WaitForExitAsync();
        node.Dispose();
    }
}
