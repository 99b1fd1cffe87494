using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.FosterCare;

namespace Hub.Api.FosterCare;

/// <summary>Foster care (issue 17): the Centro Affidi's registry of families and the affidi, placements of kind FOSTER_CARE. Its wiring.</summary>
public static class FosterCareFeature
{
    /// <summary>Registers the feature's query and mutation fields, node source and type extensions.</summary>
    public static IServiceCollection AddFosterCare(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, FosterCareQueries>();
        services.AddSingleton<IMutationFields, FosterFamilyMutations>();
        services.AddSingleton<IMutationFields, FosterCareMutations>();
        services.AddSingleton(NodeSource.Of<FosterFamily>());
        services.AddSingleton<ITypeExtension<PlacementType>, PlacementFosterCareFields>();
        return services;
    }
}
