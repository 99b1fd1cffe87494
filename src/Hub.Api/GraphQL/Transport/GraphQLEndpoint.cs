using GraphQL;
using GraphQL.Transport;

namespace Hub.Api.GraphQL.Transport;

/// <summary>Serves <c>/graphql</c>. Minimal POST handler, to be replaced by the full GraphQL-over-HTTP transport.</summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    public static void MapHubGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpContext http, IDocumentExecuter<HubSchema> executer, IGraphQLTextSerializer serializer) =>
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            var result = await executer.ExecuteAsync(options =>
            {
                options.Query = request?.Query;
                options.Variables = request?.Variables;
                options.OperationName = request?.OperationName;
                options.RequestServices = http.RequestServices;
                options.CancellationToken = http.RequestAborted;
            });
            http.Response.ContentType = "application/graphql-response+json";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        });
    }
}
