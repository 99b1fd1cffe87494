using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Startup;

[Collection(HubApiCollection.Name)]
public sealed class StartupTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public async Task First_start_migrates_and_loads_territory_and_demo_data()
    {
        Host.CreateClient();
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(273, await db.Municipalities.CountAsync());
        Assert.Equal(28, await db.Zones.CountAsync());
        Assert.Equal(HubApiFactory.DemoPersons, await db.Persons.CountAsync());
        Assert.True(File.Exists(((HubApiFactory)Host).DatabasePath));
    }
}

/// <summary>Issue 18: the first request of a new node finds its schema built (it took 2.9 s of that request on a 2-core machine).</summary>
public sealed class SchemaStartupTests
{
    [Fact]
    public void The_schema_is_built_when_the_hub_starts_before_any_request()
    {
        using var host = new HubApiFactory();

        host.CreateClient();

        Assert.True(host.Services.GetRequiredService<HubSchema>().Initialized);
    }
}

/// <summary>DESIGN §4: outside Development the hub trusts only an authority or a key someone chose.</summary>
public sealed class ProductionStartupTests
{
    [Fact]
    public void Production_start_without_an_authority_or_a_signing_key_is_refused_saying_why()
    {
        var folder = Directory.CreateTempSubdirectory("hub-prod-").FullName;
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting("Hub:Database:ConnectionString", $"Data Source={Path.Combine(folder, "hub.db")}")
            .UseSetting("Hub:Auth:DevelopmentKeyFile", Path.Combine(folder, "key")));

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Hub:Auth:Authority", refusal.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "key")));
        Directory.Delete(folder, recursive: true);
    }
}
