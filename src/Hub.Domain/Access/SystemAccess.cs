using Hub.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Domain.Access;

/// <summary>
/// The one factory for system work: start-up (migrations, territory, demo data), the CLI verbs and
/// the planning figures, which count every row and hand out aggregates only. Each call makes a new
/// context (or DI scope) bound to the system from its creation; no existing request context can be
/// turned into one. A test keeps the list of code that may call it.
/// </summary>
public static class SystemAccess
{
    /// <summary>The subject written into stamps by system work that names no operator.</summary>
    public const string DefaultActor = "system";

    /// <summary>A DI scope whose contexts work as the system; <paramref name="actor"/> goes into the stamps.</summary>
    public static AsyncServiceScope CreateScope(IServiceProvider services, string actor = DefaultActor)
    {
        var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<RequestAccess>();
        access.BindSystem(new AccessScope(Caller.SystemActing(actor), scope.ServiceProvider.GetRequiredService<TimeProvider>(), []));
        return scope;
    }

    /// <summary>A context on its own, outside dependency injection (tests, design time), working as the system.</summary>
    public static HubDbContext CreateContext(DatabaseOptions options, TimeProvider? clock = null, string actor = DefaultActor) =>
        HubDatabase.CreateContext(options, new AccessScope(Caller.SystemActing(actor), clock ?? TimeProvider.System, []));

    /// <summary>A context of the DI container's database bound to <paramref name="scope"/> (the request binding's own look-ups).</summary>
    internal static HubDbContext Create(IServiceProvider services, AccessScope scope) =>
        ((HubDbContext)ActivatorUtilities.CreateInstance(services, HubDatabase.ContextType(services.GetRequiredService<DatabaseOptions>().Provider))).Bind(scope);
}
