using GraphQL;
using GraphQL.Execution;
using Hub.Api.Audit;
using Hub.Api.Care;
using Hub.Api.Documents;
using Hub.Api.Events;
using Hub.Api.Families;
using Hub.Api.FosterCare;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Api.GraphQL.Transport;
using Hub.Api.Minors;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Planning;
using Hub.Api.Registry;
using Hub.Api.Services;
using Hub.Api.SocialRecord;
using Hub.Api.Structures;
using Hub.Api.Territory;

namespace Hub.Api.Extensions;

/// <summary>Registers the schema, its graph types and the execution engine.</summary>
public static class GraphQLExtensions
{
    public static IServiceCollection AddHubGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(GraphQLOptions.Section).Get<GraphQLOptions>() ?? new GraphQLOptions());
        services.AddSingleton<GraphQL.Paging.Cursor>();
        services.AddSingleton(provider => TrustedDocuments.Load(
            configuration.GetSection(GraphQLOptions.Section).Get<TrustedDocumentOptions>() ?? new TrustedDocumentOptions(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<RequestAdmission>();
        services.AddSingleton(configuration.GetSection(UploadOptions.Section).Get<UploadOptions>() ?? new UploadOptions());
        services.AddSingleton(configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions());
        services.AddSingleton<CallerRateLimits>();
        services.AddSingleton(configuration.GetSection(WorkLimitOptions.Section).Get<WorkLimitOptions>() ?? new WorkLimitOptions());
        services.AddSingleton<WorkLimit>();
        services.AddScoped<Planning.PlanningFigureCache>();
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddScoped<GraphQL.DataLoaders.RequestLoaders>();
        services.AddHubFeatures();
        services.AddGraphQL(builder => builder
            .AddSchema<HubSchema>()
            .AddGraphTypes(typeof(HubSchema).Assembly)
            .AddSystemTextJson()
            // Mutation inputs are records described by attributes; nested ones map the same way.
            .AddAutoClrMappings(mapInputTypes: true, mapOutputTypes: false)
            .UseMiddleware<Access.AccessMiddleware>()
            // One DbContext serves the request; resolvers must not use it concurrently.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddExecutionStrategy(new SubscriptionExecutionStrategy(SerialExecutionStrategy.Instance), GraphQLParser.AST.OperationType.Subscription));
        return services;
    }

    /// <summary>Each feature's root fields, mutations and node types, one call per feature folder.</summary>
    private static void AddHubFeatures(this IServiceCollection services) => services
        .AddTerritory()
        .AddOrganizations()
        .AddStructures()
        .AddServices()
        .AddRegistry()
        .AddPeople()
        .AddCare()
        .AddSocialRecord()
        .AddDocuments()
        .AddMinors()
        .AddFamilies()
        .AddFosterCare()
        .AddPlanning()
        .AddAudit()
        .AddEvents();
}
