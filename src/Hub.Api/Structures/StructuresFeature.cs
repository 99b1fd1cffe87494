using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Services;
using Hub.Domain.Structures;

namespace Hub.Api.Structures;

/// <summary>Structures with their modules, family centres and the service catalogue. Its wiring: root fields, mutations, node types.</summary>
public static class StructuresFeature
{
    public static IServiceCollection AddStructures(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, StructureQueries>();
        services.AddSingleton<IMutationFields, StructureMutations>();
        services.AddSingleton<IMutationFields, StructureModuleMutations>();
        services.AddSingleton<IMutationFields, FamilyCenterMutations>();
        services.AddSingleton(NodeSource.Of<Structure>());
        services.AddSingleton(NodeSource.Of<StructureModule>());
        services.AddSingleton(NodeSource.Of<FamilyCenter>());
        services.AddSingleton(NodeSource.Of<Service>());
        return services;
    }
}
