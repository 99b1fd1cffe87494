using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Events;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Ide;

/// <summary>
/// Banana Cake Pop runs a subscription against the hub: over WebSocket with graphql-transport-ws, as
/// bcp-config.json names it, authenticated by the token the IDE sends in connection_init.
/// </summary>
[Collection(EventsCollection.Name)]
public sealed class IdeSubscriptionTests(EventsHost host) : HubApiTest(host)
{
    private static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "hub-ide-subscription-chromium.png");

    [ChromiumFact]
    public async Task Ide_shows_a_case_the_presets_social_worker_opens_while_its_subscription_runs()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        // The IDE's document carries the token of the demo social worker (bcp-config.json in Development):
        // the test acts as that same caller over HTTP, so the event is one the subscriber may see.
        var worker = await SocialWorkerPersonaAsync();
        var head = await (await EventWorld.CreateAsync(Host)).HeadAsync();
        var address = ((EventsHost)Host).SocketUri.ToString().Replace("ws://", "http://", StringComparison.Ordinal);

        await using var chromium = await Chromium.OpenAsync(new Uri(address), timeout.Token);
        var started = await chromium.Page.ClickButtonWhenShownAsync("Create Document", TimeSpan.FromSeconds(30), timeout.Token)
            && await chromium.Page.WaitForTextAsync("Schema available", TimeSpan.FromSeconds(60), timeout.Token);
        // `after:` the head makes the test independent of when the socket opens: every later change comes, from the outbox first.
        var typed = started && await chromium.Page.TypeWhenShownAsync(".monaco-editor textarea",
            $"subscription {{ caseChanged(after: \"{head}\") {{ type nodeId version }} }}", TimeSpan.FromSeconds(30), timeout.Token);
        // Run sends the document as the IDE last analysed it: clicked before the builder shows the typed
        // operation, it sends an empty one. The builder names the operation's type once it has.
        var running = typed && await chromium.Page.WaitForTextAsync("Subscription", TimeSpan.FromSeconds(30), timeout.Token)
            && await chromium.Page.ClickButtonWhenShownAsync("Run", TimeSpan.FromSeconds(10), timeout.Token);
        var caseId = running ? await OpenCaseAsync(worker) : null;
        var shown = caseId is not null && await chromium.Page.WaitForTextAsync(caseId, TimeSpan.FromSeconds(60), timeout.Token);
        await chromium.Page.SaveScreenshotAsync(Screenshot, timeout.Token);

        Assert.True(started, $"The IDE did not load the schema; see {Screenshot}.\n{chromium.Errors}");
        Assert.True(typed, $"The IDE showed no operation editor to type in; see {Screenshot}.");
        Assert.True(running, $"The IDE did not recognise the subscription or showed no Run button; see {Screenshot}.");
        Assert.True(shown, $"The IDE's response pane never showed the opened case {caseId}; see {Screenshot}.");
        Assert.True(await chromium.Page.WaitForTextAsync("CASE_OPENED", TimeSpan.FromSeconds(5), timeout.Token), $"The event's type is not shown; see {Screenshot}.");
    }

    private sealed record Worker(CareActor Actor, string ZoneId, string MunicipalityId);

    /// <summary>The social worker whose token bcp-config.json presets, with her zone and a comune in it.</summary>
    private async Task<Worker> SocialWorkerPersonaAsync()
    {
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        var personas = await DemoPersonas.TryLoadAsync(db, new AccessOptions(), CancellationToken.None) ?? throw new InvalidOperationException("The test database has no demo data.");
        var claims = personas.Single(p => p.Role == Role.SocialWorker).Claims;
        var zoneCode = claims.Zones!.Single();
        var today = CareWorld.Today;
        var membership = await db.ZoneMemberships.Where(m => m.Zone!.Code == zoneCode && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo >= today))
            .OrderBy(m => m.MunicipalityId).FirstAsync();
        return new Worker(new CareActor(Host.CreateClient(claims)), GlobalId.Encode("Zone", membership.ZoneId), GlobalId.Encode("Municipality", membership.MunicipalityId));
    }

    /// <summary>A new resident of the persona's zone and a case opened for her, through HTTP as the persona; the case's id.</summary>
    private static async Task<string> OpenCaseAsync(Worker worker)
    {
        var birth = new DateOnly(1940, 1, 1).AddDays(Random.Shared.Next(0, 10000));
        var (first, last) = (Letters(), Letters());
        var person = await worker.Actor.Succeed("registerPerson", "RegisterPersonInput", new
        {
            fiscalCode = FiscalCode.Compose(last, first, Sex.Female, birth, "D612").Value, firstName = first, lastName = last, sex = "FEMALE",
            birthDate = birth.ToString("yyyy-MM-dd"), birthPlaceCode = "D612",
            residence = new { municipalityId = worker.MunicipalityId, street = "Via Roma 1", postalCode = "50100" },
        }, "person");
        var opened = await worker.Actor.Succeed("openCase", "OpenCaseInput",
            new { personId = person.At("id").GetString(), zoneId = worker.ZoneId, area = "DISABILITY", accessChannel = "GENERAL_PRACTITIONER" }, "careCase");
        return opened.At("id").GetString()!;
    }

    private static string Letters() => new([.. Enumerable.Range(0, 7).Select(_ => (char)('A' + Random.Shared.Next(26)))]);
}
