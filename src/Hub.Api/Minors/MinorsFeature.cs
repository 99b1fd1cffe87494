using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Minors;

namespace Hub.Api.Minors;

/// <summary>Minors and families (issue 17): child-protection cases, their reports and responsible adults, court measures and deadlines. Its wiring.</summary>
public static class MinorsFeature
{
    public static IServiceCollection AddMinors(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, MinorsQueries>();
        services.AddSingleton<IMutationFields, ChildProtectionMutations>();
        services.AddSingleton<IMutationFields, CourtMeasureMutations>();
        services.AddSingleton<IMutationFields, AntiViolenceMutations>();
        services.AddSingleton<IMutationFields, ShelterMutations>();
        services.AddSingleton(NodeSource.Of<CourtMeasure>());
        services.AddSingleton(NodeSource.Of<CourtDeadline>());
        services.AddSingleton<ITypeExtension<CareCaseType>, CareCaseMinorsFields>();
        return services;
    }
}
