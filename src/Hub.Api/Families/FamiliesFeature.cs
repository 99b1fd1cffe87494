using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Families;

namespace Hub.Api.Families;

/// <summary>
/// Families and communities (issue 17): the six-monthly list of the minors in communities for the Procura, and the referrals
/// to the Centri per le famiglie with the zone's figures of their use. Its wiring.
/// </summary>
public static class FamiliesFeature
{
    /// <summary>Registers the feature's query and mutation fields, node source and type extensions.</summary>
    public static IServiceCollection AddFamilies(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, CommunityMinorsQueries>();
        services.AddSingleton<IQueryFields, FamilyCenterQueries>();
        services.AddSingleton<IMutationFields, FamilyCenterReferralMutations>();
        services.AddSingleton(NodeSource.Of<FamilyCenterReferral>());
        return services;
    }
}
