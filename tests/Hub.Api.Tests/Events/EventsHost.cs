using Hub.Api.Tests.Infrastructure;
using Hub.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Events;

/// <summary>
/// A hub on a real port (Kestrel), so WebSocket clients — the C# one and Node's graphql-ws — connect as
/// they would in production, on a PostgreSQL database of its own, with Redis between nodes when the test
/// command started one (HUB_TEST_REDIS). A second node shares the first one's database (<see cref="SecondNodeAsync"/>).
/// </summary>
public sealed class EventsHost : HubApiHost, IAsyncLifetime
{
    private readonly string name = $"hub_events_test_{Guid.NewGuid():N}";
    private readonly bool owner;
    private readonly string? redis;
    private readonly IReadOnlyDictionary<string, string> settings;
    private string? connectionString;

    public EventsHost()
        : this(null, Redis, new Dictionary<string, string>())
    {
    }

    private EventsHost(string? sharedConnectionString, string? redis, IReadOnlyDictionary<string, string> settings)
    {
        (connectionString, owner, this.redis, this.settings) = (sharedConnectionString, sharedConnectionString is null, redis, settings);
        UseKestrel(0);
    }

    /// <summary>The Redis the test command started, if any: "host:port".</summary>
    public static string? Redis => Environment.GetEnvironmentVariable("HUB_TEST_REDIS");

    protected override string Provider => "Postgres";

    protected override string ConnectionString => connectionString ?? throw new InvalidOperationException("The test database is not created yet.");

    /// <summary>The hub's WebSocket address, <c>ws://127.0.0.1:port/graphql</c>.</summary>
    public Uri SocketUri
    {
        get
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/graphql");
        }
    }

    public async Task InitializeAsync()
    {
        connectionString ??= await PostgresTestServer.CreateDatabaseAsync(name);
        StartServer();
    }

    /// <summary>Another hub process on the same database (and Redis): a second node behind the load balancer.</summary>
    public Task<EventsHost> SecondNodeAsync() => NodeAsync(Redis, new Dictionary<string, string>());

    /// <summary>
    /// Another hub process on the same database, with Redis at <paramref name="redisAddress"/> ("host:port";
    /// null: none) and the <paramref name="extra"/> settings (e.g. lower socket caps).
    /// </summary>
    public async Task<EventsHost> NodeAsync(string? redisAddress, IReadOnlyDictionary<string, string> extra)
    {
        var node = new EventsHost(ConnectionString, redisAddress, extra);
        await node.InitializeAsync();
        return node;
    }

    // Event tests create what they need and read only it: no class needs the database as seeded.
    protected override Task SnapshotAsync() => Task.CompletedTask;

    protected override Task RestoreAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:Events:ConnectionInitTimeoutSeconds", "1");
        builder.UseSetting("Hub:Events:PollMilliseconds", "1000");
        if (redis is not null)
            builder.UseSetting("Hub:Events:Redis", redis);
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (owner)
            await PostgresTestServer.DropDatabaseAsync(name);
    }
}

[CollectionDefinition(Name)]
public sealed class EventsCollection : ICollectionFixture<EventsHost>
{
    public const string Name = "events";
}
