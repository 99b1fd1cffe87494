using System.CommandLine;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Hub.Domain.Seeding;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.CommandLine;

/// <summary>The verbs that change the configured database: <c>migrate</c>, <c>seed</c>, <c>import-territory</c>.</summary>
internal static class DatabaseCommands
{
    public static Command Migrate(CommandRunner run)
    {
        var command = new Command("migrate", "Apply pending migrations to the configured database and exit.");
        command.SetAction(run.AsSystem((services, _, ct) => HubDatabase.MigrateAsync(services.GetRequiredService<HubDbContext>(), ct)));
        return command;
    }

    public static Command Seed(CommandRunner run)
    {
        var persons = CommandOptions.WholeNumber("--persons", "How many generated persons to add (default Hub:Seed:Persons).");
        var randomSeed = CommandOptions.WholeNumber("--seed", "Random seed; the same seed on an empty database gives the same data (default Hub:Seed:RandomSeed).");
        var command = new Command("seed", "Add generated persons, with households and care histories, to the configured database, creating the master data first if missing.")
        {
            persons, randomSeed,
        };
        command.SetAction(run.AsSystem(async (services, parsed, ct) =>
        {
            var options = services.GetRequiredService<DemoSeedOptions>();
            options.RandomSeed = parsed.GetValue(randomSeed) ?? options.RandomSeed;
            var count = parsed.GetValue(persons) ?? options.Persons;
            var db = services.GetRequiredService<HubDbContext>();
            await new HubDatabaseInitializer(db, new DemoSeedOptions { Demo = false }, services.GetRequiredService<BusinessClock>()).InitializeAsync(ct);
            var seeder = new DemoSeeder(db, options, services.GetRequiredService<BusinessClock>());
            var progress = new Progress<int>(done => run.Output.WriteLine($"  {done:N0} / {count:N0} persons"));
            var result = await seeder.SeedAsync(count, progress, ct);
            run.Output.WriteLine($"Seeded {result.Persons:N0} persons in {result.Households:N0} households with {result.CareRecords:N0} care records in {result.Elapsed.TotalSeconds:N1} s.");
        }));
        return command;
    }

    public static Command ImportTerritory(CommandRunner run)
    {
        var municipalities = CommandOptions.Text("--municipalities", "CSV of the comuni (ISTAT code, name, province, cadastral code, population).", required: true);
        var zones = CommandOptions.Text("--zones", "CSV of each comune's zona-distretto and Azienda USL.", required: true);
        var validFrom = CommandOptions.Date("--valid-from", "The date the zones take effect, e.g. 2022-02-01.");
        var command = new Command("import-territory", "Load or correct a region's territory from two CSV files (see README, Territory data).")
        {
            municipalities, zones, validFrom,
        };
        command.SetAction(run.AsSystem(async (services, parsed, ct) =>
        {
            var files = TerritoryFiles.FromPaths(parsed.GetRequiredValue(municipalities), parsed.GetRequiredValue(zones), parsed.GetValue(validFrom));
            var db = services.GetRequiredService<HubDbContext>();
            await HubDatabase.MigrateAsync(db, ct);
            var result = await new TerritoryImporter(db).ImportAsync(files, ct);
            run.Output.WriteLine($"Imported {result.Municipalities} comuni in {result.Zones} zones of {result.Authorities} authorities; {result.MembershipsChanged} memberships changed.");
        }));
        return command;
    }
}
