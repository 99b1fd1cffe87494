using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Hub.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
            DatabaseProvider.Sqlite => AddPooledContexts<SqliteHubDbContext>(services, database),
            DatabaseProvider.Postgres => AddPooledContexts<PostgresHubDbContext>(services, database),
            DatabaseProvider.SqlServer => AddPooledContexts<SqlServerHubDbContext>(services, database),
            _ => throw new InvalidOperationException($"Unknown {DatabaseOptions.Section}:Provider '{database.Provider}'."),
        };
        services.AddScoped<HubDatabaseInitializer>();
        return services;
    }

    // A DI scope's context is leased from the pool of its caller's kind, bound to the scope's AccessScope (resolved when the
    // context is first asked for, after the request is authenticated), and goes back to the pool when the DI scope ends.
    private static IServiceCollection AddPooledContexts<TContext>(IServiceCollection services, DatabaseOptions database) where TContext : HubDbContext
    {
        services.AddDbContext<HubDbContext, TContext>((sp, b) => Configure(sp, b, database), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddSingleton(sp => new HubContextPools<TContext>(sp.GetRequiredService<DbContextOptions<TContext>>()));
        // AddDbContext also registers the provider's type, resolving to the same context: resolved beside HubDbContext in one DI
        // scope, the lease would be disposed twice, the second time while another request may hold it (red team, issue 18).
        services.RemoveAll<TContext>();
        return services.Replace(ServiceDescriptor.Scoped(sp => sp.GetRequiredService<HubContextPools<TContext>>().Lease(sp.GetRequiredService<AccessScope>())));
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
