using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>
/// Issue 11 §2: the hostile corpus through real HTTP, in Production (errors as clients see them in
/// service), on both databases. No request may get a 5xx, and no body may show SQL or a .NET type.
/// </summary>
public abstract partial class HostileCorpusTests(HubApiHost host)
{
    [GeneratedRegex(@"\bSELECT\b|\bINSERT INTO\b|\bUPDATE\s+""|\bFROM\s+""|at or near|SQLite|Sqlite|Npgsql|Postgres|numeric field overflow|pattern too complex|"
        + @"\bSystem\.[A-Z]|\bMicrosoft\.[A-Z]|\bHub\.(Api|Domain)\.|\bGraphQL\.[A-Z]|Exception\b|\s+at \w+\.", RegexOptions.CultureInvariant)]
    private static partial Regex Internals();

    [Fact]
    public async Task No_hostile_request_gets_a_5xx_or_shows_internals()
    {
        var corpus = HostileCorpus.Build().ToList();
        using var production = host.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("Hub:RateLimit:Enabled", "false"));
        var client = production.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(TestCallers.AllSeeing(host.ZoneCodes)));

        var failures = new List<string>();
        foreach (var request in corpus)
        {
            var (status, body) = await SendAsync(client, request);
            if (status == 0)
                failures.Add($"threw {request} => {body}");
            else if ((int)status >= 500 || Internals().IsMatch(body))
                failures.Add($"{(int)status} {request} => {body[..Math.Min(body.Length, 400)]}");
        }

        Assert.True(corpus.Count >= 500, $"The corpus holds {corpus.Count} requests.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Count} failed:\n{string.Join("\n", failures)}");
    }

    /// <summary>The response; or status 0 and the exception when the host threw (the test server passes it to the client).</summary>
    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, HostileRequest request)
    {
        try
        {
            return await SendOnceAsync(client, request);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (0, e.GetType().Name + ": " + e.Message);
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendOnceAsync(HttpClient client, HostileRequest request)
    {
        if (request.Get)
        {
            using var get = await client.GetAsync("/graphql?" + System.Text.Encoding.UTF8.GetString(request.Body));
            return (get.StatusCode, await get.Content.ReadAsStringAsync());
        }
        return await client.PostBytesAsync(request.Body);
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteHostileCorpusTests(HubApiFactory factory) : HostileCorpusTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresHostileCorpusTests(PostgresHubApiFactory factory) : HostileCorpusTests(factory);
