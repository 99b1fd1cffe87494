using Hub.Api.GraphQL;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Hub.Domain.Seeding;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.CommandLine;

/// <summary>
/// Administrative verbs run with the hub's own configuration instead of serving HTTP:
/// <c>migrate</c>, <c>seed --persons N</c>, <c>import-territory</c>, <c>schema export</c>, <c>token</c>.
/// </summary>
public static class HubCommands
{
    private static readonly Dictionary<string, Func<IServiceProvider, CommandArguments, CancellationToken, Task>> Verbs = new()
    {
        ["migrate"] = MigrateAsync,
        ["seed"] = SeedAsync,
        ["import-territory"] = ImportTerritoryAsync,
        ["schema"] = ExportSchemaAsync,
        ["token"] = TokenCommand.IssueAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        try
        {
            var arguments = new CommandArguments(args);
            if (!Verbs.TryGetValue(arguments.Verb, out var verb))
                throw new CommandException($"Unknown command '{arguments.Verb}'. Commands: {string.Join(", ", Verbs.Keys)}.");
            // Administration runs on the host with its configuration: it works on every row.
            await using var scope = SystemAccess.CreateScope(services);
            await verb(scope.ServiceProvider, arguments, CancellationToken.None);
            return 0;
        }
        catch (Exception e) when (e is CommandException or DomainException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static Task MigrateAsync(IServiceProvider services, CommandArguments args, CancellationToken ct) =>
        services.GetRequiredService<HubDbContext>().Database.MigrateAsync(ct);

    private static async Task SeedAsync(IServiceProvider services, CommandArguments args, CancellationToken ct)
    {
        var options = services.GetRequiredService<DemoSeedOptions>();
        options.RandomSeed = args.Number("seed") ?? options.RandomSeed;
        var persons = args.Number("persons") ?? options.Persons;
        var db = services.GetRequiredService<HubDbContext>();
        await new HubDatabaseInitializer(db, new DemoSeedOptions { Demo = false }, services.GetRequiredService<BusinessClock>()).InitializeAsync(ct);
        var seeder = new DemoSeeder(db, options, services.GetRequiredService<BusinessClock>());
        var progress = new Progress<int>(done => Console.WriteLine($"  {done:N0} / {persons:N0} persons"));
        var result = await seeder.SeedAsync(persons, progress, ct);
        Console.WriteLine($"Seeded {result.Persons:N0} persons in {result.Households:N0} households with {result.CareRecords:N0} care records in {result.Elapsed.TotalSeconds:N1} s.");
    }

    private static async Task ImportTerritoryAsync(IServiceProvider services, CommandArguments args, CancellationToken ct)
    {
        var files = TerritoryFiles.FromPaths(args.RequiredText("municipalities"), args.RequiredText("zones"),
            args.Date("valid-from") ?? throw new CommandException("--valid-from is required (the date the zones take effect)."));
        var db = services.GetRequiredService<HubDbContext>();
        await db.Database.MigrateAsync(ct);
        var result = await new TerritoryImporter(db).ImportAsync(files, ct);
        Console.WriteLine($"Imported {result.Municipalities} comuni in {result.Zones} zones of {result.Authorities} authorities; {result.MembershipsChanged} memberships changed.");
    }

    /// <summary><c>schema export [--output path]</c>: writes the SDL the hub serves.</summary>
    private static async Task ExportSchemaAsync(IServiceProvider services, CommandArguments args, CancellationToken ct)
    {
        if (args.Positionals is not ["export"])
            throw new CommandException("Usage: schema export [--output schema/hub.graphql]");
        var path = args.Text("output") ?? SchemaExport.DefaultPath;
        await File.WriteAllTextAsync(path, SchemaExport.Sdl(services.GetRequiredService<HubSchema>()), ct);
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}.");
    }
}
