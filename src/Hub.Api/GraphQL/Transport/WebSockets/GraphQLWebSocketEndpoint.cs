using GraphQL;
using GraphQL.SystemTextJson;
using Hub.Api.Events;

namespace Hub.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// Serves WebSocket requests to <c>/graphql</c> with the graphql-transport-ws protocol (DESIGN §6); every
/// other request goes on to the HTTP transport.
/// </summary>
public static class GraphQLWebSocketEndpoint
{
    public const string Subprotocol = "graphql-transport-ws";

    public static WebApplication UseHubGraphQLWebSockets(this WebApplication app)
    {
        var services = app.Services;
        var serializer = new GraphQLSerializer(new HubErrorInfoProvider());
        var operations = ActivatorUtilities.CreateInstance<SocketOperations>(services);
        var quota = new SocketQuota(services.GetRequiredService<EventsOptions>());
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLWebSocketEndpoint));
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Use(async (http, next) =>
        {
            if (http.Request.Path != GraphQLEndpoint.Path || !http.WebSockets.IsWebSocketRequest)
            {
                await next(http);
                return;
            }
            var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol);
            using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? Subprotocol : null);
            var connection = new GraphQLWebSocketConnection(http, new SocketChannel(http, socket), operations, services.GetRequiredService<OutboxDispatcher>(),
                quota, services.GetRequiredService<EventsOptions>(), serializer, logger);
            await connection.RunAsync(offered);
        });
        return app;
    }
}
