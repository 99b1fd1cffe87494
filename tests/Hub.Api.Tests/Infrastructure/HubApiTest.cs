namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// Base of every test class that runs against a shared hub: the class starts from the database as
/// seeded, so no class depends on what another one wrote (see <see cref="HubApiHost.BeginClassAsync"/>).
/// </summary>
public abstract class HubApiTest(HubApiHost host) : IAsyncLifetime
{
    protected HubApiHost Host { get; } = host;

    public Task InitializeAsync() => Host.BeginClassAsync(GetType());

    public Task DisposeAsync() => Task.CompletedTask;
}
