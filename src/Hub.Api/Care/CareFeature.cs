using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Api.People;
using Hub.Domain.Care;

namespace Hub.Api.Care;

/// <summary>Integrated care: cases, assessments, plans, interventions, placements, discharge requests, and a person's care on <c>Person</c>. Its wiring: root fields, mutations, node types, fields on other features' types.</summary>
public static class CareFeature
{
    public static IServiceCollection AddCare(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, CareQueries>();
        services.AddSingleton<IMutationFields, CareCaseMutations>();
        services.AddSingleton<IMutationFields, AssessmentMutations>();
        services.AddSingleton<IMutationFields, CarePlanMutations>();
        services.AddSingleton<IMutationFields, MunicipalShareMutations>();
        services.AddSingleton<IMutationFields, PlanReviewMutations>();
        services.AddSingleton<IMutationFields, PlacementMutations>();
        services.AddSingleton<IMutationFields, DischargeRequestMutations>();
        services.AddSingleton(NodeSource.Of<CareCase>());
        services.AddSingleton(NodeSource.Of<Assessment>());
        services.AddSingleton(NodeSource.Of<CarePlan>());
        services.AddSingleton(NodeSource.Of<Intervention>());
        services.AddSingleton(NodeSource.Of<Placement>());
        services.AddSingleton(NodeSource.Of<DischargeRequest>());
        services.AddSingleton<ITypeExtension<PersonType>, PersonCareFields>();
        return services;
    }
}
