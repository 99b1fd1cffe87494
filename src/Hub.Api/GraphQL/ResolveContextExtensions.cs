using GraphQL;
using Hub.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL;

/// <summary>Request-scoped services from a resolver: graph types are singletons and must not hold them.</summary>
public static class ResolveContextExtensions
{
    public static HubDbContext Db(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<HubDbContext>();
}
