using Hub.Api.CommandLine;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.CommandLine;

// Its own hub: seeding changes the database the other tests count.
public sealed class HubCommandsTests(HubApiFactory factory) : IClassFixture<HubApiFactory>
{
    [Fact]
    public async Task Seed_adds_the_requested_persons_to_the_configured_database()
    {
        factory.CreateClient();
        var before = await CountPersonsAsync();

        var run = await CommandLineRun.RunAsync(factory.Services, "seed", "--persons", "40");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(40, await CountPersonsAsync() - before);
    }

    [Fact]
    public async Task Seed_help_prints_its_usage_and_seeds_nothing()
    {
        factory.CreateClient();
        var before = await CountPersonsAsync();

        var run = await CommandLineRun.RunAsync(factory.Services, "seed", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--persons", run.Output);
        Assert.Equal(before, await CountPersonsAsync());
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("seed")]
    [InlineData("import-territory")]
    [InlineData("import-structures")]
    [InlineData("import-staff")]
    [InlineData("schema")]
    [InlineData("schema", "export")]
    [InlineData("token")]
    [InlineData("personas")]
    public async Task Every_verb_prints_its_usage_on_help(params string[] verb)
    {
        var run = await CommandLineRun.RunAsync(factory.Services, [.. verb, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains(verb[^1], run.Output);
        Assert.False(run.Served);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_without_a_verb_lists_the_verbs_and_does_not_start_the_hub(string help)
    {
        var run = await CommandLineRun.RunAsync(factory.Services, help);

        Assert.Equal(0, run.ExitCode);
        Assert.All(["migrate", "seed", "import-territory", "schema", "token", "personas"], verb => Assert.Contains(verb, run.Output));
        Assert.False(run.Served);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("seed", "--persons", "many")]
    [InlineData("seed", "--persons", "40", "--frobnicate")]
    [InlineData("migrate", "now")]
    [InlineData("import-territory", "--zones", "z.csv")]
    [InlineData("token", "--sub", "x", "--bogus", "y")]
    [InlineData("personas", "--role", "pope")]
    public async Task Bad_command_lines_are_refused_with_code_2_before_doing_anything(params string[] args)
    {
        var run = await CommandLineRun.RunAsync(factory.Services, args);

        Assert.Equal(HubCommands.Refused, run.ExitCode);
        Assert.Contains("--help", run.Error);
        Assert.False(run.Served);
    }

    [Fact]
    public async Task Settings_without_a_verb_start_the_hub()
    {
        var run = await CommandLineRun.RunAsync(factory.Services, "--Hub:Seed:Persons=500", "--urls", "http://localhost:5081");

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Served);
    }

    private async Task<int> CountPersonsAsync()
    {
        await using var scope = factory.SystemScope();
        return await factory.SystemContext(scope).Persons.CountAsync();
    }
}
