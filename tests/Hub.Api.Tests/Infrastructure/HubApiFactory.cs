using System.Globalization;
using System.Net.Http.Headers;
using Hub.Api.Access;
using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Hub.Domain.Seeding;
using Hub.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// The real hub through the real ASP.NET pipeline on a database of its own with a small demo
/// data set; one subclass per database engine.
/// </summary>
public abstract class HubApiHost : WebApplicationFactory<Program>
{
    public const int DemoPersons = 150;

    private IReadOnlyList<string>? zoneCodes;

    /// <summary>SQL statements sent by this host since the last reset.</summary>
    public SqlStatementCounter Statements { get; } = new();

    protected abstract string Provider { get; }

    /// <summary>The persons the demo data holds: <see cref="DemoPersons"/> unless a host needs the default demo's.</summary>
    protected virtual int Persons => DemoPersons;

    protected abstract string ConnectionString { get; }

    private readonly SemaphoreSlim classGate = new(1, 1);
    private Type? currentClass;

    /// <summary>
    /// Gives <paramref name="testClass"/> the database as seeded, whatever the classes before it
    /// changed: the first class saves a snapshot of the fresh database, every later one restores it.
    /// Classes of one collection run one after the other, so a class restores once, before its first test.
    /// </summary>
    public async Task BeginClassAsync(Type testClass)
    {
        await classGate.WaitAsync();
        try
        {
            if (currentClass == testClass)
                return;
            _ = Services; // starts the hub, which migrates and seeds
            await (currentClass is null ? SnapshotAsync() : RestoreAsync());
            currentClass = testClass;
        }
        finally
        {
            classGate.Release();
        }
    }

    protected abstract Task SnapshotAsync();

    protected abstract Task RestoreAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:Database:Provider", Provider);
        builder.UseSetting("Hub:Database:ConnectionString", ConnectionString);
        builder.UseSetting("Hub:Seed:Persons", Persons.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Hub:Seed:Today", "2026-11-01");
        builder.UseSetting("Hub:Auth:SigningKey", TestCallers.SigningKey);
        builder.UseSetting("Hub:GraphQL:CursorKeys:0", TestCallers.CursorKey);
        // Tests send bursts from one caller (fifty parallel admissions); RateLimitTests switch the limits on.
        builder.UseSetting("Hub:RateLimit:Enabled", "false");
        // Those bursts wait for a place among the requests executing at once, longer on a loaded machine; WorkLimitTests set it short.
        builder.UseSetting("Hub:WorkLimit:QueueTimeout", "00:00:30");
        // Snapshots copy the database while no session uses it: the outbox dispatcher reads it only when a commit wakes it.
        builder.UseSetting("Hub:Events:PollMilliseconds", "600000");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(Statements);
            services.AddHttpContextAccessor();
            services.AddSingleton<IOrganizationRegistry, TestOrganizationRegistry>();
        });
    }

    /// <summary>Every client sends the all-seeing test caller's token unless a test chooses another.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(TestCallers.AllSeeing(ZoneCodes)));
    }

    /// <summary>A client acting as <paramref name="caller"/>.</summary>
    public HttpClient CreateClient(CallerClaimSet caller)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(caller));
        return client;
    }

    /// <summary>A token signed with the test configuration's key, valid for an hour.</summary>
    public string Token(CallerClaimSet caller, TimeSpan? lifetime = null) =>
        Services.GetRequiredService<DevelopmentTokens>().Issue(caller, lifetime ?? TimeSpan.FromHours(1));

    /// <summary>The codes of every zone the test database holds.</summary>
    public IReadOnlyList<string> ZoneCodes => zoneCodes ??= LoadZoneCodes();

    private List<string> LoadZoneCodes()
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HubDbContext>().Zones.Select(z => z.Code).OrderBy(c => c).ToList();
    }

    /// <summary>A DI scope of the test's host that works as the system: for arranging and checking rows directly.</summary>
    public AsyncServiceScope SystemScope() => SystemAccess.CreateScope(Services);

    /// <summary>The context of a <see cref="SystemScope"/>.</summary>
    public HubDbContext SystemContext(IServiceScope systemScope) => systemScope.ServiceProvider.GetRequiredService<HubDbContext>();
}

/// <summary>The hub on its own SQLite file, removed on dispose.</summary>
public class HubApiFactory : HubApiHost
{
    private readonly SqliteTestDatabase database = new();

    public string DatabasePath => database.Path;

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => database.ConnectionString;

    protected override Task SnapshotAsync()
    {
        database.Snapshot();
        return Task.CompletedTask;
    }

    protected override Task RestoreAsync()
    {
        database.Restore();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        database.Dispose();
    }
}

/// <summary>The hub on a PostgreSQL database of its own on the test server, dropped on dispose.</summary>
public class PostgresHubApiFactory : HubApiHost, IAsyncLifetime
{
    private readonly string name = $"hub_api_test_{Guid.NewGuid():N}";
    private string? connectionString;

    protected override string Provider => "Postgres";

    protected override string ConnectionString => connectionString ?? throw new InvalidOperationException("The test database is not created yet.");

    private string SnapshotName => $"{name}_snapshot";

    public async Task InitializeAsync() => connectionString = await PostgresTestServer.CreateDatabaseAsync(name);

    protected override Task SnapshotAsync() => PostgresTestServer.CopyDatabaseAsync(name, SnapshotName);

    protected override Task RestoreAsync() => PostgresTestServer.CopyDatabaseAsync(SnapshotName, name);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await PostgresTestServer.DropDatabaseAsync(name);
        await PostgresTestServer.DropDatabaseAsync(SnapshotName);
    }
}

/// <summary>The hub on SQLite with the default demo's persons (<c>Hub:Seed:Persons</c> unset), as a newcomer first sees it.</summary>
public sealed class DefaultDemoHubApiFactory : HubApiFactory
{
    protected override int Persons => new DemoSeedOptions().Persons;
}

/// <summary>The hub on PostgreSQL with the default demo's persons.</summary>
public sealed class DefaultDemoPostgresHubApiFactory : PostgresHubApiFactory
{
    protected override int Persons => new DemoSeedOptions().Persons;
}

[CollectionDefinition(Name)]
public sealed class HubApiCollection : ICollectionFixture<HubApiFactory>
{
    public const string Name = "hub api";
}

[CollectionDefinition(Name)]
public sealed class PostgresHubApiCollection : ICollectionFixture<PostgresHubApiFactory>
{
    public const string Name = "hub api postgres";
}
