using Hub.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Api.Tests.GraphQL.Transport.TransportRequests;

namespace Hub.Api.Tests.GraphQL.Transport;

/// <summary>What the transport hands to execution besides the request: the caller and the client's cancellation.</summary>
[Collection(HubApiCollection.Name)]
public sealed class ExecutionContextTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public async Task Client_disconnect_cancels_execution()
    {
        using var host = Host.WithTestFields();
        var probe = host.Services.GetRequiredService<TestFieldsHost.CancellationProbe>();
        using var disconnect = new CancellationTokenSource();

        var request = host.CreateClient().SendAsync(PostQuery("{ waitForCancellation }"), disconnect.Token);
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await disconnect.CancelAsync();

        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
    }

    [Fact]
    public async Task Execution_receives_the_authenticated_user()
    {
        using var host = Host.WithTestFields();
        var request = PostQuery("{ userName }");
        request.Headers.Authorization = new("Bearer", Host.Token(TestCallers.RegistryAdmin with { Subject = "m.rossi" }));

        using var response = await host.CreateClient().SendAsync(request);

        Assert.Equal("m.rossi", (await response.BodyAsync()).At("data", "userName").GetString());
    }
}
