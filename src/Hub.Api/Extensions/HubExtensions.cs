using Hub.Api.Documents;
using Hub.Api.GraphQL.Transport;
using Hub.Api.GraphQL.Transport.WebSockets;
using Hub.Api.Health;
using Hub.Api.Ide;
using Hub.Domain.Common;

namespace Hub.Api.Extensions;

/// <summary>The whole wiring of the hub, shared by the host, the CLI verbs and the tests.</summary>
public static class HubExtensions
{
    public static WebApplicationBuilder AddHub(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        var zone = BusinessClock.Zone(builder.Configuration[BusinessClock.ConfigurationKey]);
        // Resolved from DI so that a test replacing the TimeProvider moves the business date too.
        builder.Services.AddSingleton(sp => new BusinessClock(sp.GetRequiredService<TimeProvider>(), zone));
        builder.Services.AddHubStorage(builder.Configuration);
        builder.Services.AddHubAuthorization(builder.Configuration);
        builder.Services.AddHubGraphQL(builder.Configuration);
        builder.Services.AddHubTelemetry(builder.Configuration);
        return builder;
    }

    /// <summary>Maps the endpoints; refuses first when the configuration does not say whom to trust (see <see cref="AccessExtensions.EnsureTrustIsConfigured"/>).</summary>
    public static WebApplication MapHub(this WebApplication app)
    {
        app.EnsureTrustIsConfigured();
        app.MapHubHealth();
        app.UseHubGraphQLWebSockets();
        app.MapBananaCakePop();
        app.MapHubGraphQL();
        app.MapDocumentDownloads();
        app.LogAddressesWhenStarted();
        return app;
    }
}
