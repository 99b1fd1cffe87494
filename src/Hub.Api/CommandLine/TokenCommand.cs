using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Access;

namespace Hub.Api.CommandLine;

/// <summary>
/// <c>token --sub NAME --org ORG --org-kind KIND --roles r1,r2 [--zones Z1,Z2] [--structures S1,S2] [--hours 8]</c>:
/// prints a development token signed with the development key, for Banana Cake Pop or curl.
/// </summary>
internal static class TokenCommand
{
    public static async Task IssueAsync(IServiceProvider services, CommandArguments args, CancellationToken ct)
    {
        var options = services.GetRequiredService<AuthOptions>();
        if (!options.UsesDevelopmentKey)
            throw new CommandException($"{AuthOptions.Section}:Authority is set: tokens come from that authority, and there is no development key to sign with.");
        var claims = new CallerClaimSet(args.RequiredText("sub"), Organization(args.RequiredText("org")), args.RequiredText("org-kind"),
            List(args.RequiredText("roles")), List(args.Text("zones")), List(args.Text("structures")));
        // The same checks as the hub's, so a token it prints is never refused with 403 later.
        var caller = Caller.FromClaims(claims.Subject, claims.Organization, claims.OrganizationKind, claims.Roles, claims.Zones!, claims.Structures!);
        await services.GetRequiredService<IOrganizationRegistry>().CheckAsync(caller, ct);
        var lifetime = TimeSpan.FromHours(args.Number("hours") ?? 8);
        if (lifetime > options.MaxTokenLifetime)
            throw new CommandException($"--hours {lifetime.TotalHours} is longer than {AuthOptions.Section}:MaxTokenLifetime ({options.MaxTokenLifetime}); the hub would refuse the token.");
        Console.WriteLine(services.GetRequiredService<DevelopmentTokens>().Issue(claims, lifetime));
    }

    /// <summary>The organisation's UUID, also accepted as the global id the schema shows.</summary>
    private static string Organization(string value) =>
        GlobalId.TryDecode(value, out var type, out var id) && type == "Organization" ? id.ToString() : value;

    private static List<string> List(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? [];
}
