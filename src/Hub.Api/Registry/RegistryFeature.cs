using Hub.Api.GraphQL.Mutations;

namespace Hub.Api.Registry;

/// <summary>The registry's own mutations (bulk imports); the history and closing fields are added by every master-data type.</summary>
public static class RegistryFeature
{
    public static IServiceCollection AddRegistry(this IServiceCollection services) => services.AddSingleton<IMutationFields, RegistryImportMutations>();
}
