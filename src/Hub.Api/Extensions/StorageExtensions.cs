using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Hub.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Extensions;

/// <summary>Registers the database chosen by <c>Hub:Database</c> and the start-up initialisation.</summary>
public static class StorageExtensions
{
    public static IServiceCollection AddHubStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var seed = configuration.GetSection(DemoSeedOptions.Section).Get<DemoSeedOptions>() ?? new DemoSeedOptions();
        services.AddSingleton(database);
        services.AddSingleton(seed);
        services.AddSingleton<Health.DatabaseCircuit>();
        _ = database.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<HubDbContext, SqliteHubDbContext>((sp, b) => Configure(sp, b, database), ServiceLifetime.Scoped, ServiceLifetime.Singleton),
            DatabaseProvider.Postgres => services.AddDbContext<HubDbContext, PostgresHubDbContext>((sp, b) => Configure(sp, b, database), ServiceLifetime.Scoped, ServiceLifetime.Singleton),
            DatabaseProvider.SqlServer => services.AddDbContext<HubDbContext, SqlServerHubDbContext>((sp, b) => Configure(sp, b, database), ServiceLifetime.Scoped, ServiceLifetime.Singleton),
            _ => throw new InvalidOperationException($"Unknown {DatabaseOptions.Section}:Provider '{database.Provider}'."),
        };
        services.AddScoped<HubDatabaseInitializer>();
        return services;
    }

    // Interceptors registered in DI (the tests' SQL statement counter, say) join every context. The
    // options are built once (singleton), not per request: the context is still one per request, bound
    // to the request's scope.
    private static void Configure(IServiceProvider services, DbContextOptionsBuilder builder, DatabaseOptions database) =>
        HubDatabase.Configure(builder, database).AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());

    /// <summary>Migrates, loads the territory and, on an empty database, the demo data.</summary>
    public static async Task InitializeHubDatabaseAsync(this WebApplication app)
    {
        await using var scope = SystemAccess.CreateScope(app.Services);
        var done = await scope.ServiceProvider.GetRequiredService<HubDatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        StartupLog.Initialized(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(StartupLog.Category), app.Services.GetRequiredService<DatabaseOptions>(), done);
    }
}
