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

    [GeneratedRegex(@"^[\w-]+\.[\w-]+\.[\w-]+$")]
    private static partial Regex Jwt();
}

/// <summary>The <c>--staff</c> option needs staff members: the demo data's.</summary>
[Collection(Hub.Api.Tests.Care.CareApiCollection.Name)]
public sealed class TokenStaffCommandTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public async Task Token_verb_mints_the_staff_claim_of_a_staff_member_of_the_organisation()
    {
        // A social worker serving a zone, as the social-record tests take one.
        var worker = await ReadAsync(db => db.StaffMembers.Where(s => s.Profession == Hub.Domain.Organizations.Profession.SocialWorker && s.Zones.Any())
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.OrganizationId, s.Organization!.Kind, Zone = s.Zones.First().Code }).FirstAsync());

        var run = await CommandLineRun.RunAsync(Host.Services, "token", "--sub", "a.bianchi", "--org", worker.OrganizationId.ToString(), "--org-kind", Hub.Domain.Access.Caller.ClaimName(worker.Kind),
            "--roles", "social-worker", "--zones", worker.Zone, "--staff", Hub.Api.GraphQL.Relay.GlobalId.Encode("StaffMember", worker.Id));
        var token = run.Output.Split('\n').Select(line => line.Trim()).Single(line => line.Count(c => c == '.') == 2 && !line.Contains(' ', StringComparison.Ordinal));
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
}
