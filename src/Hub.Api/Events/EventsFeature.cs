using Hub.Api.GraphQL;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.Events;

/// <summary>Domain events (DESIGN §2, §6): the change feed, subscriptions and their distribution between nodes. Its wiring.</summary>
public static class EventsFeature
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(EventsOptions.Section).Get<EventsOptions>() ?? new EventsOptions());
        services.AddSingleton<ChangeNodes>();
        services.AddSingleton<IQueryFields, ChangeQueries>();
        services.AddScoped<EventDelivery>();
        // Every context reports its commits of outbox events to the signal.
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<RedisEventBus>();
        services.AddSingleton<OutboxRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRetention>());
        return services;
    }
}
