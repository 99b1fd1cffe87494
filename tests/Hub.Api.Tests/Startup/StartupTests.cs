using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Persistence;
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
