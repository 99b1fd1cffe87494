using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Hub.Api.CommandLine;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task Token_verb_mints_the_staff_claim_of_a_staff_member_of_the_organisation()
    {
        var worker = await ReadAsync(db => db.StaffMembers.Where(s => s.Organization!.Kind == Hub.Domain.Organizations.OrganizationKind.HealthAuthority && s.Zones.Any())
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.OrganizationId, Zone = s.Zones.First().Code }).FirstAsync());

        var run = await CommandLineRun.RunAsync(Host.Services, "token", "--sub", "a.bianchi", "--org", worker.OrganizationId.ToString(), "--org-kind", "HEALTH_AUTHORITY",
            "--roles", "social-worker", "--zones", worker.Zone, "--staff", Hub.Api.GraphQL.Relay.GlobalId.Encode("StaffMember", worker.Id));
        var token = run.Output.Split('\n').Select(line => line.Trim()).Single(line => Jwt().IsMatch(line));
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var claims = System.Text.Json.JsonDocument.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '='))).RootElement;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(worker.Id.ToString(), claims.GetProperty("staff").GetString());
    }

    private async Task<T> ReadAsync<T>(Func<Hub.Domain.Persistence.HubDbContext, Task<T>> read)
    {
        await using var scope = Host.SystemScope();
        return await read(Host.SystemContext(scope));
    }

    [GeneratedRegex(@"^[\w-]+\.[\w-]+\.[\w-]+$")]
    private static partial Regex Jwt();
}
