using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Hub.Api.CommandLine;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.CommandLine;

[Collection(HubApiCollection.Name)]
public sealed partial class TokenCommandTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public async Task Token_verb_prints_a_token_the_hub_accepts()
    {
        var run = await CommandLineRun.RunAsync(Host.Services,
            "token", "--sub", "m.rossi", "--org", TestCallers.SomeOrganization.ToString(), "--org-kind", "REGION", "--roles", "registry-admin", "--hours", "1");
        var token = run.Output.Split('\n').Select(line => line.Trim()).Single(line => Jwt().IsMatch(line));
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var data = await client.DataAsync("{ zones(first: 1) { totalCount } }");

        Assert.Equal(0, run.ExitCode);
        Assert.True(data.At("zones", "totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Token_verb_refuses_claims_the_hub_would_refuse()
    {
        var run = await CommandLineRun.RunAsync(Host.Services,
            "token", "--sub", "x", "--org", TestCallers.SomeOrganization.ToString(), "--org-kind", "HOSPITAL", "--roles", "acot");

        Assert.Equal(HubCommands.Refused, run.ExitCode);
    }

    [GeneratedRegex(@"^[\w-]+\.[\w-]+\.[\w-]+$")]
    private static partial Regex Jwt();
}
