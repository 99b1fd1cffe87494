using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Api.Access;
using Hub.Api.GraphQL.Transport;
using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Ide;

/// <summary>
/// Serves Banana Cake Pop, the GraphQL IDE, to browsers at <c>/graphql</c>, from the files the build
/// copied to <c>ide/</c> beside the binary. Everything else at <c>/graphql</c> goes to the API.
/// </summary>
public static class BananaCakePopEndpoints
{
    /// <summary>Where the IDE's files (scripts, styles, fonts, LICENSE) are served.</summary>
    public const string AssetsPath = GraphQLEndpoint.Path + "/ide";

    /// <summary>Where the IDE looks for its settings: <c>bcp-config.json</c> beside the page's URL.</summary>
    public const string ConfigPath = GraphQLEndpoint.Path + "/bcp-config.json";

    // The file names under static/ carry a content hash, so a new IDE version never reuses a URL.
    // A working day: a document keeps the headers it was created with, so a new document picks up a fresh token.
    private static readonly TimeSpan IdeTokenLifetime = TimeSpan.FromHours(8);

    // Absent settings stay out of the file: the IDE reads a present null differently from no key.
    private static readonly JsonSerializerOptions IdeConfigJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private const string ForeverCacheControl = "public, max-age=31536000, immutable";

    public static WebApplication MapBananaCakePop(this WebApplication app)
    {
        var assets = Path.Combine(app.Environment.ContentRootPath, "ide");
        // Read at start-up so a build that failed to install the IDE fails here, not in a browser.
        var page = File.ReadAllText(Path.Combine(assets, "index.html"));

        app.Use((http, next) => IsBrowserAskingForTheIde(http.Request) ? WritePageAsync(http, page) : next(http));
        var presetsToken = app.Environment.IsDevelopment() && app.Services.GetRequiredService<AuthOptions>().UsesDevelopmentKey;
        app.MapGet(ConfigPath, async (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new
            {
                // The IDE sends its requests to the URL it was opened at, so it follows any host,
                // port or path base the hub is reached through.
                useBrowserUrlAsEndpoint = true,
                title = "Hub",
                subscriptionProtocol = "graphql-transport-ws",
                // The IDE would otherwise report each start to ChilliCream; the hub calls no one.
                disableTelemetry = true,
                // Headers of every new document: in Development a persona's token, so the schema loads on first open.
                httpHeaders = presetsToken ? await DevelopmentHeadersAsync(app.Services, http.RequestAborted) : null,
            }, IdeConfigJson);
        }).AllowAnonymous();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = AssetsPath,
            FileProvider = new PhysicalFileProvider(assets),
            // Only LICENSE has no extension to take a content type from.
            ServeUnknownFileTypes = true,
            DefaultContentType = "text/plain; charset=utf-8",
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Path.StartsWithSegments(AssetsPath + "/static") ? ForeverCacheControl : "no-cache",
        });
        return app;
    }

    /// <summary>
    /// <c>Authorization</c> with a fresh token of the demo social worker (<see cref="DemoPersonas"/>), who reaches
    /// the persons and cases of a zone; none on a database without demo data, where no persona reaches rows.
    /// </summary>
    private static async Task<Dictionary<string, string>?> DevelopmentHeadersAsync(IServiceProvider services, CancellationToken ct)
    {
        // The personas are chosen among every row; only the token of one leaves this scope.
        await using var scope = SystemAccess.CreateScope(services);
        var personas = await DemoPersonas.TryLoadAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), scope.ServiceProvider.GetRequiredService<AccessOptions>(), ct);
        return personas?.Single(p => p.Role == Role.SocialWorker) is { } persona
            ? new() { ["Authorization"] = $"Bearer {scope.ServiceProvider.GetRequiredService<DevelopmentTokens>().Issue(persona.Claims, IdeTokenLifetime)}" }
            : null;
    }

    /// <summary>
    /// A page load: GET of <c>/graphql</c> with no operation, from a client that prefers HTML.
    /// API clients ask for JSON (or anything, <c>*/*</c>) and GET queries carry <c>query</c>.
    /// </summary>
    private static bool IsBrowserAskingForTheIde(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method)
            || !(request.Path == GraphQLEndpoint.Path || request.Path == GraphQLEndpoint.Path + "/")
            || request.Query.ContainsKey("query"))
            return false;
        // OrderByDescending is stable: among equal qualities the client's own order decides.
        var preferred = request.GetTypedHeaders().Accept.OrderByDescending(media => media.Quality ?? 1).FirstOrDefault();
        return preferred?.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) == true;
    }

    private static Task WritePageAsync(HttpContext http, string page)
    {
        // The page names its files relatively ("static/js/…"); a base makes them resolve under
        // AssetsPath whether the browser is at /graphql or /graphql/. The ChilliCream License asks
        // modified copies to say so, hence the comment.
        var baseHref = HtmlEncoder.Default.Encode($"{http.Request.PathBase}{AssetsPath}/");
        var head = $"<head><!-- Hub added this base element to Banana Cake Pop's index.html; see {baseHref}LICENSE. --><base href=\"{baseHref}\"/>";
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.Vary = HeaderNames.Accept;
        return http.Response.WriteAsync(page.Replace("<head>", head, StringComparison.Ordinal), http.RequestAborted);
    }
}
