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
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        int exitCode;
        try
        {
            exitCode = await HubCommands.RunAsync(Host.Services,
                ["token", "--sub", "m.rossi", "--org", TestCallers.SomeOrganization.ToString(), "--org-kind", "REGION", "--roles", "registry-admin", "--hours", "1"]);
        }
        finally
        {
            Console.SetOut(console);
        }
        var token = output.ToString().Split('\n').Select(line => line.Trim()).Single(line => Jwt().IsMatch(line));
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var data = await client.DataAsync("{ zones(first: 1) { totalCount } }");

        Assert.Equal(0, exitCode);
        Assert.True(data.At("zones", "totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Token_verb_refuses_claims_the_hub_would_refuse()
    {
        var exitCode = await HubCommands.RunAsync(Host.Services,
            ["token", "--sub", "x", "--org", TestCallers.SomeOrganization.ToString(), "--org-kind", "HOSPITAL", "--roles", "acot"]);

        Assert.Equal(2, exitCode);
    }

    [GeneratedRegex(@"^[\w-]+\.[\w-]+\.[\w-]+$")]
    private static partial Regex Jwt();
}
