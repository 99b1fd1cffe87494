using Hub.Api.GraphQL;

namespace Hub.Api.Events;

/// <summary>Domain events (DESIGN §2, §6): the change feed, subscriptions and their distribution between nodes. Its wiring.</summary>
public static class EventsFeature
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddSingleton<ChangeNodes>();
        services.AddSingleton<IQueryFields, ChangeQueries>();
        return services;
    }
}
