using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;

namespace Hub.Api.Audit;

/// <summary>The audit trail. Its wiring: root fields, mutations, node types.</summary>
public static class AuditFeature
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, AuditQueries>();
        services.AddSingleton(NodeSource.Of<AuditEvent>());
        return services;
    }
}
