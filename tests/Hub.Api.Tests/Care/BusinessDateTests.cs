using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Care;

/// <summary>
/// "Today" is the Italian date (issue 12 §1): a date a mutation defaults is the date on the wall in
/// Europe/Rome, read through the injected clock, on the night the clocks go forward and around midnight.
/// </summary>
public abstract class BusinessDateTests(HubApiHost host) : HubApiTest(host)
{
    [Theory]
    // 00:30 in Rome on 29 March 2026 (CET): 23:30 UTC on the 28th.
    [InlineData("2026-03-28T23:30:00Z", "2026-03-29")]
    // 23:59 in Rome on 29 March, after the clocks went forward (CEST): 21:59 UTC.
    [InlineData("2026-03-29T21:59:00Z", "2026-03-29")]
    // 00:30 in Rome on 30 March (CEST): 22:30 UTC on the 29th.
    [InlineData("2026-03-29T22:30:00Z", "2026-03-30")]
    public async Task A_case_opened_without_a_date_is_opened_on_the_Italian_date(string utc, string expected)
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, _) = await world.RegisterPersonAsync();
        await using var stopped = Host.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<TimeProvider>(new StoppedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)))));
        var client = stopped.CreateClient();
        // The token comes from the real clock: token lifetimes are instants, checked against real time.
        client.DefaultRequestHeaders.Authorization = world.SocialWorker.Client.DefaultRequestHeaders.Authorization;

        var opened = await new CareActor(client).Succeed("openCase", "OpenCaseInput",
            new { personId, zoneId = world.ZoneId, area = "DISABILITY", accessChannel = "SELF" }, "careCase", "openedOn");

        Assert.Equal(expected, opened.At("openedOn").GetString());
    }

    /// <summary>A clock standing still at one instant.</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteBusinessDateTests(HubApiFactory host) : BusinessDateTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresBusinessDateTests(PostgresHubApiFactory host) : BusinessDateTests(host);
