using System.Net;
using Hub.Api;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Client.Tests.EndToEnd;

/// <summary>
/// The test fixture's hub (its database, already seeded) served by Kestrel on a loopback port, so
/// Hub.Client talks real HTTP over a socket, as a consumer does. Extra settings configure the copy.
/// </summary>
public sealed class KestrelHub : IDisposable
{
    private readonly WebApplicationFactory<Program> factory;
    private readonly List<ServiceProvider> clients = [];

    private KestrelHub(WebApplicationFactory<Program> factory, Uri endpoint) => (this.factory, Endpoint) = (factory, endpoint);

    /// <summary>The hub's <c>/graphql</c> on the loopback port.</summary>
    public Uri Endpoint { get; }

    public static KestrelHub Start(HubApiHost host, IReadOnlyDictionary<string, string>? settings = null)
    {
        var factory = host.WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                web.UseSetting(key, value);
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new KestrelHub(factory, new Uri($"{address}/graphql"));
    }

    /// <summary>A Hub.Client registered as a consumer registers it, acting with <paramref name="token"/>.</summary>
    public IHubClient Client(string token, bool documentIdOnly = false)
    {
        var services = new ServiceCollection();
        services.AddHubClient(options => (options.Endpoint, options.AccessToken, options.SendDocumentIdOnly) = (Endpoint, token, documentIdOnly));
        var provider = services.BuildServiceProvider();
        clients.Add(provider);
        return provider.GetRequiredService<IHubClient>();
    }

    /// <summary>The bearer token a test world's actor sends.</summary>
    public static string TokenOf(HttpClient actor) => actor.DefaultRequestHeaders.Authorization!.Parameter!;

    public void Dispose()
    {
        clients.ForEach(client => client.Dispose());
        factory.Dispose();
    }
}
