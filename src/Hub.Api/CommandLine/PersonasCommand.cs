using System.CommandLine;
using Hub.Api.Access;
using Hub.Domain.Access;
using Hub.Domain.Persistence;

namespace Hub.Api.CommandLine;

/// <summary>
/// <c>personas [--role ROLE] [--hours 8]</c>: a ready development token for each role, chosen from the
/// configured database so that each reaches rows (<see cref="DemoPersonas"/>); with <c>--role</c>, that
/// role's token alone, for scripts.
/// </summary>
internal static class PersonasCommand
{
    public static Command Create(CommandRunner run)
    {
        var role = CommandOptions.Text("--role", $"Print only this role's token: {string.Join(", ", RoleNames.All)}.");
        role.AcceptOnlyFromAmong([.. RoleNames.All]);
        var hours = TokenCommand.Hours();
        var command = new Command("personas", "Print a ready token and a one-line description for each role, drawn from the current database.") { role, hours };
        command.SetAction(run.AsSystem(async (services, parsed, ct) =>
        {
            var personas = await LoadAsync(services, ct)
                ?? throw new CommandException("The database holds no demo data for personas to reach: start the hub once on an empty database, or run 'seed'.");
            if (parsed.GetValue(role) is { } only)
            {
                run.Output.WriteLine(TokenCommand.Issue(services, personas.Single(p => p.Role.Name() == only).Claims, parsed.GetValue(hours)));
                return;
            }
            foreach (var persona in personas)
            {
                run.Output.WriteLine($"{persona.Role.Name()}: {persona.Description}");
                run.Output.WriteLine(TokenCommand.Issue(services, persona.Claims, parsed.GetValue(hours)));
                run.Output.WriteLine();
            }
        }));
        return command;
    }

    private static async Task<IReadOnlyList<Persona>?> LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        try
        {
            return await DemoPersonas.TryLoadAsync(services.GetRequiredService<HubDbContext>(), services.GetRequiredService<AccessOptions>(), ct);
        }
        catch (StaleDemoDataException e)
        {
            throw new CommandException(e.Message);
        }
    }
}
