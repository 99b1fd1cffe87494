using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

/// <summary>The social record around a case: the access desk's requests, the case's diary. Its wiring: root fields, mutations, node types.</summary>
public static class SocialRecordFeature
{
    public static IServiceCollection AddSocialRecord(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, SocialRecordQueries>();
        services.AddSingleton<IMutationFields, AccessRequestMutations>();
        services.AddSingleton<IMutationFields, DiaryMutations>();
        services.AddSingleton<IMutationFields, CaseTeamMutations>();
        services.AddSingleton<IMutationFields, CaseTransferMutations>();
        services.AddSingleton<IMutationFields, InformationContactMutations>();
        services.AddSingleton(NodeSource.Of<AccessRequest>());
        services.AddSingleton(NodeSource.Of<DiaryEntry>());
        services.AddSingleton<ITypeExtension<CareCaseType>, CareCaseRecordFields>();
        return services;
    }
}
