using GraphQL.SystemTextJson;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Serves <c>/graphql</c> to the GraphQL-over-HTTP specification: POST with a JSON body (or multipart with files), GET for
/// queries, responses in <c>application/graphql-response+json</c> or <c>application/json</c>.
/// Browsers asking for HTML are served the IDE by a middleware that runs first.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    public static void MapHubGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        // The transport writes with its own serializer because what an error may reveal is the
        // transport's policy (HubErrorInfoProvider), not the schema's wiring.
        var serializer = new GraphQLSerializer(new HubErrorInfoProvider());
        var options = services.GetRequiredService<GraphQLOptions>();
        // Resolved now (with the trusted documents and the schema, built), so a missing or tampered manifest or a schema that cannot
        // be built stops start-up, not a request.
        var admission = services.GetRequiredService<RequestAdmission>();
        var handler = new GraphQLHttpHandler(
            options,
            new GraphQLHttpRequestReader(options, services.GetRequiredService<UploadOptions>(), serializer),
            new GraphQLHttpResponder(serializer, options.MaxResponseBytes),
            admission,
            services.GetRequiredService<CallerRateLimits>(),
            services.GetRequiredService<WorkLimit>(),
            services.GetRequiredService<Health.DatabaseCircuit>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint)));
        endpoints.MapGet(Path, handler.HandleGetAsync);
        endpoints.MapPost(Path, handler.HandlePostAsync);
    }
}
