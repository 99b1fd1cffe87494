using System.Net;
using System.Text.Json;
using Hub.Api.Tests.GraphQL.Transport;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>Issue 18: the hub works on a bounded number of requests at once; beyond it and its queue, 503 OVERLOADED (configured small here).</summary>
[Collection(HubApiCollection.Name)]
public sealed class WorkLimitTests(HubApiFactory factory)
{
    private const string Query = "{ zones(first: 1) { nodes { code } } }";

    [Fact]
    public async Task A_request_finding_every_place_taken_and_no_queue_gets_503_with_retry_after_and_a_graphql_error()
    {
        var (refused, body) = await SecondRequestWhileOneRunsAsync(("QueueLength", "0"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("OVERLOADED", body.ErrorCode());
    }

    [Fact]
    public async Task A_request_waiting_in_the_queue_past_its_timeout_gets_503()
    {
        var (refused, body) = await SecondRequestWhileOneRunsAsync(("QueueLength", "4"), ("QueueTimeout", "00:00:00.2"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("OVERLOADED", body.ErrorCode());
    }

    [Fact]
    public async Task A_client_sending_its_body_slowly_holds_no_place_so_others_are_still_answered()
    {
        using var host = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Hub:WorkLimit:ConcurrentRequests", "1");
            builder.UseSetting("Hub:WorkLimit:QueueLength", "0");
        });
        var client = host.CreateClient();
        var stalled = new StalledBody();

        var slow = client.PostAsync("/graphql", stalled);
        await stalled.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // Red team 36: the place was taken before the body was read, so one slow body per place refused everyone else.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var other = await client.PostAsync("/graphql", Json(Query)).WaitAsync(TimeSpan.FromSeconds(60));
        stalled.Release.TrySetResult();
        var slowAnswered = await slow.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (other.StatusCode, slowAnswered.StatusCode));
        foreach (var answer in new[] { other, slowAnswered })
            Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement
                .GetProperty("data").GetProperty("zones").GetProperty("nodes").ValueKind);
    }

    // One place, held by a request that runs until cancelled; then a second request.
    private async Task<(HttpResponseMessage Response, JsonElement Body)> SecondRequestWhileOneRunsAsync(params (string Key, string Value)[] settings)
    {
        using var host = factory.WithTestFields().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Hub:WorkLimit:ConcurrentRequests", "1");
            foreach (var (key, value) in settings)
                builder.UseSetting($"Hub:WorkLimit:{key}", value);
        });
        var probe = host.Services.GetRequiredService<TestFieldsHost.CancellationProbe>();
        var client = host.CreateClient();
        using var stop = new CancellationTokenSource();

        var waiting = client.PostAsync("/graphql", Json("{ waitForCancellation }"), stop.Token);
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await client.PostAsync("/graphql", Json(Query));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        return (second, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement);
    }

    // A JSON body whose first bytes arrive at once and whose rest waits until the test releases it.
    private sealed class StalledBody : HttpContent
    {
        public StalledBody() => Headers.ContentType = new("application/json");

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync("{\"query\": "u8.ToArray(), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            Started.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Query) + "}"), cancellationToken);
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private static StringContent Json(string query) =>
        new(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
}
