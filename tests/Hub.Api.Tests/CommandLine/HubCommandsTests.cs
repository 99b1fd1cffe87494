using Hub.Api.CommandLine;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.CommandLine;

// Its own hub: seeding changes the database the other tests count.
public sealed class HubCommandsTests(HubApiFactory factory) : IClassFixture<HubApiFactory>
{
    [Fact]
    public async Task Seed_adds_the_requested_persons_to_the_configured_database()
    {
        factory.CreateClient();
        var before = await CountPersonsAsync();

        var exitCode = await HubCommands.RunAsync(factory.Services, ["seed", "--persons", "40"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(40, await CountPersonsAsync() - before);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("seed", "--persons", "many")]
    [InlineData("import-territory", "--zones", "z.csv")]
    public async Task Bad_command_lines_exit_with_code_2(params string[] args)
    {
        var exitCode = await HubCommands.RunAsync(factory.Services, args);

        Assert.Equal(2, exitCode);
    }

    private async Task<int> CountPersonsAsync()
    {
        await using var scope = factory.SystemScope();
        return await factory.SystemContext(scope).Persons.CountAsync();
    }
}
