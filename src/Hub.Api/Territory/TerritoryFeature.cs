using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Territory;

namespace Hub.Api.Territory;

/// <summary>The territory: Aziende USL, zones and comuni. Its wiring: root fields, mutations, node types.</summary>
public static class TerritoryFeature
{
    public static IServiceCollection AddTerritory(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, TerritoryQueries>();
        services.AddSingleton(NodeSource.Of<HealthAuthority>());
        services.AddSingleton(NodeSource.Of<Zone>());
        services.AddSingleton(NodeSource.Of<Municipality>());
        return services;
    }
}
