using Hub.Api.GraphQL.Mutations;

namespace Hub.Api.Services;

/// <summary>The service catalogue's mutations (its root field and node type are wired with structures).</summary>
public static class ServicesFeature
{
    public static IServiceCollection AddServices(this IServiceCollection services) =>
        services.AddSingleton<IMutationFields, ServiceMutations>();
}
