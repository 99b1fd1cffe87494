using System.Data.Common;
using Hub.Api.GraphQL.Transport;
using Hub.Domain.Persistence;
using Hub.Domain.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hub.Api.Extensions;

/// <summary>
/// What an operator needs from the first lines of the log: the database (provider and where, never a
/// password), what start-up did to it and how long that took, and where the hub listens.
/// </summary>
public static partial class StartupLog
{
    /// <summary>The log category of these lines.</summary>
    public const string Category = "Hub.Startup";

    // The connection-string keys that say where the database is; every other key (passwords, users, tokens) is left out.
    private static readonly string[] LocationKeys = ["Data Source", "Host", "Server", "Port", "Database", "Initial Catalog"];

    /// <summary>The database without its secrets, e.g. <c>Postgres (Host=db;Database=hub)</c>.</summary>
    public static string Describe(DatabaseOptions database)
    {
        var all = new DbConnectionStringBuilder { ConnectionString = database.EffectiveConnectionString };
        var location = LocationKeys.Where(all.ContainsKey).Select(key => $"{key}={all[key]}");
        return $"{database.Provider} ({string.Join(';', location)})";
    }

    public static void Initialized(ILogger logger, DatabaseOptions database, DatabaseInitialization done)
    {
        LogDatabase(logger, Describe(database), done.MigrationsApplied, done.Elapsed.TotalSeconds);
        if (done.TerritoryLoaded)
            LogTerritory(logger);
        if (done.Seeded is { } seeded)
            LogSeeded(logger, seeded.Persons, seeded.Households, seeded.CareRecords, seeded.Elapsed.TotalSeconds);
    }

    /// <summary>Once the server is up: each address it listens on, with the GraphQL endpoint, and where telemetry goes when it is on.</summary>
    public static void LogAddressesWhenStarted(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                LogListening(logger, address, $"{address.TrimEnd('/')}{GraphQLEndpoint.Path}");
            if (TelemetryExtensions.IsTelemetryEnabled(app.Configuration))
                LogTelemetry(logger, TelemetryExtensions.EndpointOf(app.Configuration));
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database}: {Migrations} migrations applied, ready in {Seconds:N1} s.")]
    private static partial void LogDatabase(ILogger logger, string database, int migrations, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the Tuscan territory into an empty database.")]
    private static partial void LogTerritory(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo data: {Persons} persons in {Households} households with {CareRecords} care records in {Seconds:N1} s.")]
    private static partial void LogSeeded(ILogger logger, int persons, int households, int careRecords, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "OpenTelemetry on: traces and metrics exported over OTLP to {Endpoint} (OTEL_SDK_DISABLED=true turns it off).")]
    private static partial void LogTelemetry(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub listening on {Address}: GraphQL at {Endpoint}, Banana Cake Pop there in a browser.")]
    private static partial void LogListening(ILogger logger, string address, string endpoint);
}
