using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Organizations;

namespace Hub.Api.Organizations;

/// <summary>Organisations and territorial staff. Its wiring: root fields, mutations, node types.</summary>
public static class OrganizationsFeature
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, OrganizationQueries>();
        services.AddSingleton<IMutationFields, OrganizationMutations>();
        services.AddSingleton<IMutationFields, StaffMutations>();
        services.AddSingleton(NodeSource.Of<Organization>());
        services.AddSingleton(NodeSource.Of<StaffMember>());
        return services;
    }
}
