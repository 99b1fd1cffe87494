using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Api.People;
using Hub.Domain.Documents;

namespace Hub.Api.Documents;

/// <summary>Documents attached to persons and their records: the mutation, the node type, each owner's <c>documents</c> list; the download endpoint is <see cref="DocumentDownload"/>.</summary>
public static class DocumentsFeature
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<IMutationFields, DocumentMutations>();
        services.AddSingleton(NodeSource.Of<Document>());
        services.AddSingleton<ITypeExtension<PersonType>, PersonDocumentFields>();
        services.AddSingleton<ITypeExtension<CareCaseType>, CareCaseDocumentFields>();
        services.AddSingleton<ITypeExtension<AssessmentType>, AssessmentDocumentFields>();
        services.AddSingleton<ITypeExtension<CarePlanType>, CarePlanDocumentFields>();
        services.AddSingleton<ITypeExtension<DischargeRequestType>, DischargeRequestDocumentFields>();
        return services;
    }
}
