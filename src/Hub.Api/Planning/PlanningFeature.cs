using Hub.Api.GraphQL;

namespace Hub.Api.Planning;

/// <summary>Aggregated planning figures. Its wiring: root fields, mutations, node types.</summary>
public static class PlanningFeature
{
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, PlanningQueries>();
        return services;
    }
}
