using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hub.Api.GraphQL.Transport;
using Hub.Api.Tests.Infrastructure;
using Hub.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Api.Tests.Health;

/// <summary>
/// The hub on PostgreSQL behind a <see cref="TcpRelay"/>, so each test can take the database away and
/// give it back. It is served by Kestrel on a free port, not the in-memory test server: a request
/// stalled on the database is answered at its deadline and its handler ends later, and only a real
/// server delivers a response whose handler has not ended.
/// </summary>
public sealed class OutageHubApiFactory : HubApiHost, IAsyncLifetime
{
    private readonly string name = $"hub_outage_test_{Guid.NewGuid():N}";
    private string? connectionString;

    public OutageHubApiFactory() => UseKestrel(0);

    public TcpRelay Relay { get; private set; } = null!;

    protected override string Provider => "Postgres";

    protected override string ConnectionString => connectionString ?? throw new InvalidOperationException("The test database is not created yet.");

    // One test class on a host of its own (a class fixture): there is no other class to restore for.
    protected override Task SnapshotAsync() => Task.CompletedTask;

    protected override Task RestoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var direct = new NpgsqlConnectionStringBuilder(await PostgresTestServer.CreateDatabaseAsync(name));
        Relay = new TcpRelay(direct.Host!, direct.Port);
        connectionString = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = Relay.Port }.ConnectionString;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:Seed:Persons", "5");
        // Short, so the stalled-database test ends soon; far above what these small requests need.
        builder.UseSetting("Hub:GraphQL:ExecutionTimeout", "00:00:10");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Relay.DisposeAsync();
        await PostgresTestServer.DropDatabaseAsync(name);
    }
}

/// <summary>
/// A database that goes away gets a fast 503 DATABASE_UNAVAILABLE with Retry-After, and while it is
/// known to be away later requests get it without trying; once it is back the very first requests
/// succeed; a stalled one cannot hold a request past the time limit.
/// </summary>
public sealed class DatabaseOutageTests(OutageHubApiFactory host) : IClassFixture<OutageHubApiFactory>, IAsyncLifetime
{
    private const string Query = "{ zones(first: 3) { totalCount nodes { code } } }";

    // Generous against a loaded machine: three times the host's execution deadline (10 s).
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public Task InitializeAsync() => RestoreAsync();

    public Task DisposeAsync() => RestoreAsync();

    [Fact]
    public async Task A_query_during_an_outage_gets_503_DATABASE_UNAVAILABLE_with_Retry_After()
    {
        var client = host.CreateClient();
        await WarmPoolAsync(client);
        host.Relay.Cut();

        using var response = await PostAsync(client, Query);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("2", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("DATABASE_UNAVAILABLE", await ErrorCode(response));
    }

    [Fact]
    public async Task A_mutation_during_an_outage_gets_503_DATABASE_UNAVAILABLE()
    {
        var client = host.CreateClient();
        await WarmPoolAsync(client);
        host.Relay.Cut();

        using var response = await PostAsync(client, "mutation { openCase(input: { personId: \"UGVyc29uOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMQ==\", zoneId: \"WjoxMjM=\", area: DISABILITY, accessChannel: SELF }) { careCase { id } } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("DATABASE_UNAVAILABLE", await ErrorCode(response));
    }

    [Fact]
    public async Task The_first_requests_after_the_database_returns_succeed()
    {
        var client = host.CreateClient();
        await WarmPoolAsync(client);
        // Killed and restarted with no request in between: every pooled connection is dead.
        host.Relay.Cut();
        host.Relay.Restore();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await PostAsync(client, Query);
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Readiness_reports_the_database_state()
    {
        var client = host.CreateClient();
        host.Relay.Cut();
        using var down = await client.GetAsync("/health/ready");
        host.Relay.Restore();
        using var up = await client.GetAsync("/health/ready");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (down.StatusCode, up.StatusCode));
        Assert.StartsWith("Unhealthy: database", await down.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stalled_database_cannot_hold_a_request_past_the_time_limit()
    {
        var client = host.CreateClient();
        // The client's own limit proves the answer came; the hub's deadline is a third of it.
        client.Timeout = Patience;
        await WarmPoolAsync(client);
        host.Relay.Stall();

        using var response = await PostAsync(client, Query);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("EXECUTION_TIMEOUT", await ErrorCode(response));
    }

    [Fact]
    public async Task A_stalled_database_is_reported_unready_and_requests_are_then_refused_without_waiting()
    {
        var client = host.CreateClient();
        client.Timeout = Patience;
        await WarmPoolAsync(client);
        host.Relay.Stall();

        using var ready = await client.GetAsync("/health/ready");
        using var query = await PostAsync(client, Query);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.StartsWith("Unhealthy: database not answering", await ready.Content.ReadAsStringAsync());
        // Answered 503 without waiting for the deadline, which would have been a 504.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, query.StatusCode);
        Assert.Equal("DATABASE_UNAVAILABLE", await ErrorCode(query));
    }

    [Fact]
    public async Task Requests_refused_during_an_outage_succeed_again_once_the_database_is_back_without_a_readiness_probe()
    {
        var client = host.CreateClient();
        await WarmPoolAsync(client);
        host.Relay.Cut();
        using var during = await PostAsync(client, Query);
        using var whileDown = await PostAsync(client, Query);
        host.Relay.Restore();

        var after = await UntilAsync(async () =>
        {
            using var response = await PostAsync(client, Query);
            return response.StatusCode;
        }, status => status == HttpStatusCode.OK);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (during.StatusCode, whileDown.StatusCode));
        Assert.Equal("DATABASE_UNAVAILABLE", await ErrorCode(whileDown));
        Assert.Equal(HttpStatusCode.OK, after);
    }

    // The database flows again, no request is left running, and the hub says it is ready: a test before may have left it refusing,
    // or left a request answered at its deadline (the stalled database) whose work ends only now and, finding no database, would
    // trip the circuit under the next test's first requests.
    private async Task RestoreAsync()
    {
        host.Relay.Restore();
        var executing = await UntilAsync(() => Task.FromResult(host.Services.GetRequiredService<WorkLimit>().Executing), count => count == 0);
        Assert.Equal(0, executing);
        var client = host.CreateClient();
        var ready = await UntilAsync(async () =>
        {
            using var response = await client.GetAsync("/health/ready");
            return response.StatusCode;
        }, status => status == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, ready);
    }

    // Asks until the answer is the awaited one or Patience has passed; returns the last answer.
    private static async Task<T> UntilAsync<T>(Func<Task<T>> ask, Func<T, bool> awaited)
    {
        var giveUp = DateTime.UtcNow + Patience;
        var answer = await ask();
        while (!awaited(answer) && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(100);
            answer = await ask();
        }
        return answer;
    }

    // Several concurrent requests leave several connections idle in the pool.
    private static async Task WarmPoolAsync(HttpClient client) =>
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.DataAsync(Query)));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return client.SendAsync(request);
    }

    private static async Task<string?> ErrorCode(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return Assert.Single(body.GetProperty("errors").EnumerateArray()).At("extensions", "code").GetString();
    }
}
