using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Client;

/// <summary>Registers <see cref="IHubClient"/>.</summary>
public static class HubClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IHubClient"/> over <see cref="IHttpClientFactory"/>. The returned builder
    /// configures the underlying <see cref="HttpClient"/> (handlers, timeouts). A registered
    /// <see cref="IAccessTokenProvider"/> replaces the fixed <see cref="HubClientOptions.AccessToken"/>.
    /// </summary>
    /// <exception cref="ArgumentException">No <see cref="HubClientOptions.Endpoint"/> was set.</exception>
    public static IHttpClientBuilder AddHubClient(this IServiceCollection services, Action<HubClientOptions> configure)
    {
        var options = new HubClientOptions();
        configure(options);
        if (options.Endpoint is null)
            throw new ArgumentException("Set HubClientOptions.Endpoint to the hub's GraphQL endpoint, e.g. https://hub.example/graphql.", nameof(configure));
        services.AddSingleton(options);
        services.TryAddSingleton<IAccessTokenProvider, OptionsAccessTokenProvider>();
        services.AddSingleton<IHubClient, HubClient>();
        return services.AddHttpClient(HubClient.HttpClientName);
    }
}
