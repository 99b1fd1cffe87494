using System.CommandLine;
using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Access;

namespace Hub.Api.CommandLine;

/// <summary>
/// <c>token --sub NAME --org ORG --org-kind KIND --roles r1,r2 [--zones Z1,Z2] [--structures S1,S2] [--staff STAFF] [--hours 8]</c>:
/// prints a development token signed with the development key, for Banana Cake Pop or curl.
/// </summary>
internal static class TokenCommand
{
    public static Command Create(CommandRunner run)
    {
        var subject = CommandOptions.Text("--sub", "Who the caller is (the token's sub).", required: true);
        var organization = CommandOptions.Text("--org", "The organisation's UUID, or its global id as the schema shows it.", required: true);
        var kind = CommandOptions.Text("--org-kind", "HOSPITAL, HEALTH_AUTHORITY, HEALTH_SOCIETY, MUNICIPALITY, PROVIDER or REGION.", required: true);
        var roles = CommandOptions.Text("--roles", $"Comma-separated roles: {string.Join(", ", RoleNames.All)}.", required: true);
        var zones = CommandOptions.Text("--zones", "Comma-separated zone codes (acot, social-worker).");
        var structures = CommandOptions.Text("--structures", "Comma-separated regional codes of structures (provider-operator).");
        var staff = CommandOptions.Text("--staff", "The caller's staff member (StaffMember UUID or global id) for the 'staff' claim: the author of diary entries, "
            + "whose case-team memberships widen its reach (territorial roles and anti-violence operators only; the member must be the organisation's).");
        var hours = Hours();
        var command = new Command("token", "Print a development token for the given claims (see 'personas' for ready ones).")
        {
            subject, organization, kind, roles, zones, structures, staff, hours,
        };
        command.SetAction(run.AsSystem(async (services, parsed, ct) =>
        {
            var claims = new CallerClaimSet(parsed.GetRequiredValue(subject), Key(parsed.GetRequiredValue(organization), "Organization"), parsed.GetRequiredValue(kind),
                CommandOptions.Items(parsed.GetValue(roles)), CommandOptions.Items(parsed.GetValue(zones)), CommandOptions.Items(parsed.GetValue(structures)),
                parsed.GetValue(staff) is { } member ? Key(member, "StaffMember") : null);
            // The same checks as the hub's, the registry's included, so a token it prints is never refused with 403 later.
            var caller = Caller.FromClaims(claims.Subject, claims.Organization, claims.OrganizationKind, claims.Roles, claims.Zones!, claims.Structures!, claims.Staff);
            await services.GetRequiredService<IOrganizationRegistry>().CheckAsync(caller, ct);
            run.Output.WriteLine(Issue(services, claims, parsed.GetValue(hours)));
        }));
        return command;
    }

    /// <summary>The <c>--hours</c> option of the verbs that print tokens.</summary>
    public static Option<int?> Hours() => CommandOptions.WholeNumber("--hours", "How long the token is valid, in hours (default 8).");

    /// <summary>A token for <paramref name="claims"/>, valid for <paramref name="hours"/> (8 if null).</summary>
    /// <exception cref="CommandException">An authority is configured (there is no development key), or the lifetime passes <c>Hub:Auth:MaxTokenLifetime</c>.</exception>
    public static string Issue(IServiceProvider services, CallerClaimSet claims, int? hours)
    {
        var options = services.GetRequiredService<AuthOptions>();
        if (!options.UsesDevelopmentKey)
            throw new CommandException($"{AuthOptions.Section}:Authority is set: tokens come from that authority, and there is no development key to sign with.");
        var lifetime = TimeSpan.FromHours(hours ?? 8);
        if (lifetime > options.MaxTokenLifetime)
            throw new CommandException($"--hours {lifetime.TotalHours} is longer than {AuthOptions.Section}:MaxTokenLifetime ({options.MaxTokenLifetime}); the hub would refuse the token.");
        return services.GetRequiredService<DevelopmentTokens>().Issue(claims, lifetime);
    }

    /// <summary>A record's UUID, also accepted as the global id of type <paramref name="typeName"/> the schema shows.</summary>
    private static string Key(string value, string typeName) =>
        GlobalId.TryDecode(value, out var type, out var id) && type == typeName ? id.ToString() : value;
}
