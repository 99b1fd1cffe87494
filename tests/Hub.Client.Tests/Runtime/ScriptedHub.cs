using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Client.Tests.Runtime;

/// <summary>
/// An HTTP handler standing in for the hub: answers each request with the next scripted response and
/// keeps what was sent, so the runtime's retries, headers and bodies can be checked without a server.
/// </summary>
public sealed class ScriptedHub(params Func<HttpResponseMessage>[] responses) : HttpMessageHandler
{
    private int next;

    public List<(HttpRequestMessage Request, string Body)> Received { get; } = [];

    public static HttpResponseMessage Json(HttpStatusCode status, string json, string mediaType = "application/graphql-response+json") =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    /// <summary>A client over this handler, with no delay between attempts.</summary>
    public IHubClient Client(string? token = "token-1", Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddHubClient(o => (o.Endpoint, o.AccessToken, o.RetryDelay) = (new Uri("http://hub.test/graphql"), token, TimeSpan.Zero))
            .ConfigurePrimaryHttpMessageHandler(() => this);
        more?.Invoke(services);
        return services.BuildServiceProvider().GetRequiredService<IHubClient>();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Received.Add((request, await request.Content!.ReadAsStringAsync(cancellationToken)));
        return responses[Math.Min(next++, responses.Length - 1)]();
    }
}
