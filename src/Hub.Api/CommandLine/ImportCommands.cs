using System.CommandLine;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Hub.Domain.Registry.Import;

namespace Hub.Api.CommandLine;

/// <summary>
/// The verbs <c>import-structures</c> and <c>import-staff</c>: the registry imports of the <c>importStructures</c> and
/// <c>importStaff</c> mutations, run as the system on the configured database. A file with problems writes nothing
/// and exits with <see cref="HubCommands.Refused"/>, one problem a line.
/// </summary>
internal static class ImportCommands
{
    public static Command Structures(CommandRunner run) => Create(run, "import-structures",
        $"Load structures and modules from a CSV in the shape of the regional RSA register ({string.Join(", ", StructureImport.Columns)}); idempotent by regional code and module kind.",
        (services, text, dryRun, ct) => StructureImport.ApplyAsync(services.GetRequiredService<HubDbContext>(), text, dryRun, services.GetRequiredService<BusinessClock>().Today, ct));

    public static Command Staff(CommandRunner run) => Create(run, "import-staff",
        $"Load territorial staff from a CSV ({string.Join(", ", StaffImport.Columns)}); idempotent by employer, surname and first name.",
        (services, text, dryRun, ct) => StaffImport.ApplyAsync(services.GetRequiredService<HubDbContext>(), text, dryRun, ct));

    private static Command Create(CommandRunner run, string name, string description, Func<IServiceProvider, string, bool, CancellationToken, Task<ImportReport>> import)
    {
        var file = CommandOptions.Text("--file", "The CSV file (UTF-8, header first).", required: true);
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would change and write nothing." };
        var command = new Command(name, description) { file, dryRun };
        command.SetAction(run.AsSystem(async (services, parsed, ct) =>
        {
            var path = parsed.GetRequiredValue(file);
            if (!File.Exists(path))
                throw new CommandException($"{path} does not exist.");
            var db = services.GetRequiredService<HubDbContext>();
            await HubDatabase.MigrateAsync(db, ct);
            var report = await import(services, await File.ReadAllTextAsync(path, ct), parsed.GetValue(dryRun), ct);
            if (report.Problems.Count > 0)
                throw new CommandException(string.Join(Environment.NewLine, report.Problems.Select(p => $"{path}:{p.Line}: {p.Message}").Prepend($"{report.Problems.Count} problems; nothing was written.")));
            if (report.Written)
                await db.SaveChangesAsync(ct);
            run.Output.WriteLine($"{(report.Written ? "Imported" : "Dry run:")} {report.Rows} lines: {report.Count(ImportAction.Created)} created, {report.Count(ImportAction.Updated)} updated, {report.Count(ImportAction.Unchanged)} unchanged.");
        }));
        return command;
    }
}
