using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Api.Access;
using Hub.Api.Tests.GraphQL.Transport;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Organizations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>Issue 11 §1: one caller or organisation cannot take the hub for itself; configured small here.</summary>
[Collection(HubApiCollection.Name)]
public sealed class RateLimitTests(HubApiFactory factory)
{
    private const string Query = "{ zones(first: 1) { nodes { code } } }";

    [Fact]
    public async Task A_burst_beyond_the_callers_bucket_gets_429_with_retry_after_and_a_graphql_error()
    {
        using var host = Limited(("SubjectBurst", "3"), ("SubjectPerSecond", "1"));
        var client = ClientOf(host, Caller("burst-a", TestCallers.SomeOrganization));

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6 && refused is null; i++)
        {
            var response = await client.PostAsync("/graphql", Json(Query));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                refused = response;
        }

        Assert.NotNull(refused);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("RATE_LIMITED", body.ErrorCode());
    }

    [Fact]
    public async Task Callers_of_one_organisation_share_its_bucket()
    {
        using var host = Limited(("OrganizationBurst", "2"), ("OrganizationPerSecond", "1"));
        // Claims are checked against the registry: two real organisations, the test one and the Region.
        var organisation = TestCallers.SomeOrganization;
        var region = await RegionAsync();
        // A first request starts the host, so the next ones follow each other well within the refill's second.
        await ClientOf(host, Caller("org-warm", region)).PostAsync("/graphql", Json(Query));

        var first = await ClientOf(host, Caller("org-a", organisation)).PostAsync("/graphql", Json(Query));
        var second = await ClientOf(host, Caller("org-b", organisation)).PostAsync("/graphql", Json(Query));
        var third = await ClientOf(host, Caller("org-c", organisation)).PostAsync("/graphql", Json(Query));
        var elsewhere = await ClientOf(host, Caller("org-d", region)).PostAsync("/graphql", Json(Query));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_callers_executions_beyond_the_concurrency_cap_are_refused()
    {
        using var host = factory.WithTestFields().WithWebHostBuilder(builder => builder
            .UseSetting("Hub:RateLimit:Enabled", "true")
            .UseSetting("Hub:RateLimit:ConcurrentPerSubject", "1")
            .UseSetting("Hub:RateLimit:QueuePerSubject", "0"));
        var probe = host.Services.GetRequiredService<TestFieldsHost.CancellationProbe>();
        var client = host.CreateClient();
        using var stop = new CancellationTokenSource();

        var waiting = client.PostAsync("/graphql", Json("{ waitForCancellation }"), stop.Token);
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await client.PostAsync("/graphql", Json(Query));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("RATE_LIMITED", JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.ErrorCode());
    }

    private WebApplicationFactory<Program> Limited(params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Hub:RateLimit:Enabled", "true");
            foreach (var (key, value) in settings)
                builder.UseSetting($"Hub:RateLimit:{key}", value);
        });

    private HttpClient ClientOf(WebApplicationFactory<Program> host, CallerClaimSet caller)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token(caller));
        return client;
    }

    private async Task<Guid> RegionAsync()
    {
        await using var scope = factory.SystemScope();
        return await factory.SystemContext(scope).Organizations.Where(o => o.Kind == OrganizationKind.Region).Select(o => o.Id).FirstAsync();
    }

    private CallerClaimSet Caller(string subject, Guid organisation) =>
        new(subject, organisation.ToString(), "REGION", ["registry-admin"]);

    private static StringContent Json(string query) =>
        new(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
}
