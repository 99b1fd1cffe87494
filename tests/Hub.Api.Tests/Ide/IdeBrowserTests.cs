using System.Net;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Ide;

/// <summary>The IDE in a real browser, against the hub on a real Kestrel socket.</summary>
[Collection(HubApiCollection.Name)]
public sealed class IdeBrowserTests(HubApiFactory factory) : HubApiTest(factory)
{
    private static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "hub-ide-chromium.png");

    [ChromiumFact]
    public async Task Ide_loads_the_schema_on_first_open_with_the_development_token()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        // The page needs no token; introspection does, and in Development bcp-config.json presets a persona's:
        // the counter only watches, it adds nothing.
        var introspections = new IntrospectionCounter();
        // The shared fixture's database, already seeded; only the server and the counter are new.
        using var hub = Host.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<IStartupFilter>(introspections)));
        hub.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        hub.StartServer();
        var address = hub.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

        await using var chromium = await Chromium.OpenAsync(new Uri($"{address}/graphql"), timeout.Token);
        // A first visit shows a start screen; a new document is what connects the IDE to its endpoint,
        // with the headers of bcp-config.json. That click is the only one README asks for.
        var started = await chromium.Page.ClickButtonWhenShownAsync("Create Document", TimeSpan.FromSeconds(30), timeout.Token);
        var schemaShown = started && await chromium.Page.WaitForTextAsync("Schema available", TimeSpan.FromSeconds(30), timeout.Token);
        // The reference opens on the root type, drawn from what introspection returned; opened
        // while the IDE still indexes the schema, it stays empty. Indexing starts a moment after
        // "Schema available" (later on a loaded machine), so the test waits for it to show, then to go.
        // Its result does not matter: a quick machine may index before the first look.
        if (schemaShown)
            await chromium.Page.WaitForTextAsync("Indexing Schema", TimeSpan.FromSeconds(10), timeout.Token);
        var schemaBrowsable = schemaShown
            && await chromium.Page.WaitForTextGoneAsync("Indexing Schema", TimeSpan.FromSeconds(60), timeout.Token)
            && await chromium.Page.ClickButtonWhenShownAsync("Schema Reference", TimeSpan.FromSeconds(10), timeout.Token)
            && await chromium.Page.WaitForTextAsync("Kind of type: Object", TimeSpan.FromSeconds(30), timeout.Token);
        await chromium.Page.SaveScreenshotAsync(Screenshot, timeout.Token);

        Assert.True(started, $"The IDE did not show its start screen; see {Screenshot}.\n{chromium.Errors}");
        Assert.True(schemaShown, $"The IDE did not report the schema as available; see {Screenshot}.");
        Assert.True(introspections.Count > 0, "The IDE never sent an introspection query with a bearer token to /graphql.");
        Assert.True(schemaBrowsable, $"The IDE's schema reference did not show the root type; see {Screenshot}.");
    }

    /// <summary>Counts introspection queries POSTed to /graphql with a bearer token, and lets every request through untouched.</summary>
    private sealed class IntrospectionCounter : IStartupFilter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, nextMiddleware) =>
            {
                if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path == "/graphql")
                {
                    // Buffered, so the GraphQL endpoint still reads the body from its start.
                    http.Request.EnableBuffering();
                    var body = await new StreamReader(http.Request.Body, leaveOpen: true).ReadToEndAsync(http.RequestAborted);
                    http.Request.Body.Position = 0;
                    if (body.Contains("__schema", StringComparison.Ordinal) && http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
                        Interlocked.Increment(ref count);
                }
                await nextMiddleware(http);
            });
            next(app);
        };
    }
}
