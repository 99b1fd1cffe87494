using GraphQL;
using Hub.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL;

/// <summary>Request-scoped services from a resolver: graph types are singletons and must not hold them.</summary>
public static class ResolveContextExtensions
{
    public static HubDbContext Db(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<HubDbContext>();

    /// <summary>Whether the query selects the schema field <paramref name="name"/> (under any alias) below this one.</summary>
    public static bool Selects(this IResolveFieldContext context, string name) =>
        context.SubFields?.Values.Any(selected => selected.FieldType.Name == name) == true;
}
