using System.Net.Http.Json;
using Hub.Api.Tests.GraphQL.Transport;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>Every request that returns or refuses personal data leaves one audit event per person, written before the response.</summary>
public abstract class AuditTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Multi_person_query_writes_one_event_per_person_with_what_was_read()
    {
        var world = await AccessWorld.OfAsync(Host);
        var operation = Operation("Many");

        var data = await Host.CreateClient(world.Callers[Role.SocialWorker])
            .DataAsync($"query {operation} {{ persons(first: 5) {{ nodes {{ id firstName household {{ id }} }} }} }}");

        var ids = data.At("persons", "nodes").EnumerateArray().Select(n => n.At("id").GetString()).ToList();
        var events = await EventsAsync(operation);
        Assert.Equal(5, events.Count);
        Assert.Equal(ids.Order(), events.Select(e => Hub.Api.GraphQL.Relay.GlobalId.Encode("Person", e.PersonId!.Value)).Order());
        Assert.All(events, e =>
        {
            Assert.Equal("sw", e.Subject);
            Assert.Equal("social-worker", e.Role);
            Assert.Equal(Guid.Parse(world.Callers[Role.SocialWorker].Organization), e.OrganizationId);
            Assert.Equal(AuditAction.Read, e.Action);
            Assert.Equal(AuditOutcome.Success, e.Outcome);
            Assert.Equal(Sensitivity.Personal | Sensitivity.Social, e.Sensitivity);
            Assert.Equal("Person", e.EntityType);
        });
    }

    /// <summary>
    /// Red team (issue 18): a page reads only the columns its query selects, and a page of cases, assessments or diary entries
    /// that selected no person field was audited as read from nobody (an empty person id), missing from each person's trail.
    /// </summary>
    [Theory]
    [InlineData("careCases(first: 3) { nodes { id status area openedOn } }", "careCases", "CareCase")]
    [InlineData("assessments(first: 3) { nodes { id careNeedLevel instrument } }", "assessments", "Assessment")]
    [InlineData("careCases(first: 3) { nodes { diary(first: 3) { nodes { id text occurredOn } } } }", "diary", "DiaryEntry")]
    public async Task A_page_that_selects_no_person_field_still_audits_the_person_of_each_row(string selection, string list, string kind)
    {
        var world = await AccessWorld.OfAsync(Host);
        var operation = Operation("Projected");

        var data = await Host.CreateClient(world.Callers[Role.SocialWorker]).DataAsync($"query {operation} {{ {selection} }}");

        var ids = Nodes(data, list).Select(n => Hub.Api.GraphQL.Relay.GlobalId.Decode(n.At("id").GetString()!, kind)).ToList();
        Assert.NotEmpty(ids);
        var persons = await PersonsOfAsync(kind, ids);
        var events = await EventsAsync(operation);
        Assert.DoesNotContain(events, e => e.PersonId == Guid.Empty);
        // Each row's person, among the persons audited (a case's diary field is a read of its case's person too, entries or none).
        Assert.Superset(persons.ToHashSet(), events.Where(e => e.EntityType == "Person").Select(e => e.PersonId!.Value).ToHashSet());
    }

    // Every node of the named list, wherever it sits in the answer (a case's diary sits under each case).
    private static IEnumerable<System.Text.Json.JsonElement> Nodes(System.Text.Json.JsonElement data, string list) =>
        data.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Object => data.EnumerateObject().SelectMany(p => p.Name == list
                ? p.Value.At("nodes").EnumerateArray()
                : Nodes(p.Value, list)),
            System.Text.Json.JsonValueKind.Array => data.EnumerateArray().SelectMany(e => Nodes(e, list)),
            _ => [],
        };

    private async Task<List<Guid>> PersonsOfAsync(string kind, List<Guid> ids)
    {
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        var persons = kind switch
        {
            "CareCase" => db.CareCases.Where(c => ids.Contains(c.Id)).Select(c => c.PersonId),
            "Assessment" => db.Assessments.Where(a => ids.Contains(a.Id)).Select(a => a.PersonId),
            _ => db.DiaryEntries.Where(e => ids.Contains(e.Id)).Select(e => e.PersonId),
        };
        return await persons.Distinct().ToListAsync();
    }

    [Fact]
    public async Task Refused_fields_are_audited_as_denied_per_person()
    {
        var world = await AccessWorld.OfAsync(Host);
        var operation = Operation("Denied");

        var body = await Host.CreateClient(world.Callers[Role.DischargePlanner])
            .QueryAsync($"query {operation} {{ persons(first: 3) {{ nodes {{ lastName household {{ id }} }} }} }}");

        var persons = body.At("data", "persons", "nodes").GetArrayLength();
        Assert.True(persons > 0);
        var events = await EventsAsync(operation);
        Assert.Equal(persons, events.Count(e => e.Outcome == AuditOutcome.Denied && e.Sensitivity == Sensitivity.Social && e.PersonId is not null));
        Assert.Equal(persons, events.Count(e => e.Outcome == AuditOutcome.Success && e.Sensitivity == Sensitivity.Personal));
    }

    [Fact]
    public async Task Events_are_written_even_when_the_client_goes_away_after_the_data_was_sent()
    {
        var world = await AccessWorld.OfAsync(Host);
        var operation = Operation("Gone");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = $"query {operation} {{ persons(first: 4) {{ nodes {{ lastName }} }} }}" }),
        };
        using var leaving = new CancellationTokenSource();

        using (var response = await Host.CreateClient(world.Callers[Role.SocialWorker]).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, leaving.Token))
        {
            var stream = await response.Content.ReadAsStreamAsync(leaving.Token);
            Assert.True(await stream.ReadAsync(new byte[16], leaving.Token) > 0);
            await leaving.CancelAsync();
        }

        Assert.Equal(4, (await EventsAsync(operation)).Count);
    }

    [Fact]
    public async Task A_change_the_request_left_unsaved_is_not_written_with_its_audit()
    {
        var world = await AccessWorld.OfAsync(Host);
        var operation = Operation("Unsaved");
        using var host = Host.WithTestFields();
        using var request = TransportRequests.PostQuery($"query {operation} {{ changeLeftUnsaved }}");
        request.Headers.Authorization = new("Bearer", Host.Token(world.Callers[Role.SocialWorker]));

        using var response = await host.CreateClient().SendAsync(request);

        // The audit is written through the request's own context: what that context still tracks must not ride along.
        Assert.NotNull((await response.BodyAsync()).At("data", "changeLeftUnsaved").GetString());
        Assert.Single(await EventsAsync(operation));
        await using var scope = Host.SystemScope();
        Assert.False(await Host.SystemContext(scope).Persons.AnyAsync(p => p.FamilyDoctor == TestFieldsHost.UnsavedDoctor));
    }

    [Fact]
    public async Task Auditor_finds_the_events_by_operation_and_by_person()
    {
        var world = await AccessWorld.OfAsync(Host);
        var operation = Operation("Found");
        await Host.CreateClient(world.Callers[Role.MunicipalOfficer]).DataAsync($"query {operation}($cf: String!) {{ person(fiscalCode: $cf) {{ lastName }} }}", new { cf = world.FiscalCode });
        var auditor = Host.CreateClient(TestCallers.Auditor);

        var byOperation = await auditor.DataAsync("query($op: String!) { auditEvents(where: { operation: { eq: $op } }) { totalCount nodes { subject role personId sensitivity outcome action } } }", new { op = operation });
        var byPerson = await auditor.DataAsync("query($cf: String!) { personAuditTrail(fiscalCode: $cf, first: 100) { nodes { operation } } }", new { cf = world.FiscalCode });

        Assert.Equal(1, byOperation.At("auditEvents", "totalCount").GetInt32());
        var found = byOperation.At("auditEvents", "nodes")[0];
        Assert.Equal("mo", found.At("subject").GetString());
        Assert.Equal(world.PersonGlobalId, found.At("personId").GetString());
        Assert.Equal("PERSONAL", found.At("sensitivity")[0].GetString());
        Assert.Contains(byPerson.At("personAuditTrail", "nodes").EnumerateArray(), n => n.At("operation").GetString() == operation);
    }

    [Fact]
    public async Task Token_refused_for_its_claims_is_audited()
    {
        var subject = $"refused-{Guid.NewGuid():N}";
        var claims = TokenForge.Claims();
        claims["sub"] = subject;
        claims["roles"] = new[] { "acot" };
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TokenForge.Signed(claims));

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ zones(first: 1) { totalCount } }" });

        await using var scope = Host.SystemScope();
        var recorded = await Host.SystemContext(scope).AuditEvents.SingleAsync(e => e.Subject == subject);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AuditOutcome.Denied, recorded.Outcome);
        Assert.Equal("acot", recorded.Role);
    }

    [Fact]
    public async Task Audit_events_are_never_changed_or_deleted()
    {
        var world = await AccessWorld.OfAsync(Host);
        await Host.CreateClient(world.Callers[Role.SocialWorker]).DataAsync("{ persons(first: 1) { nodes { lastName } } }");
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        var recorded = await db.AuditEvents.FirstAsync();

        db.AuditEvents.Remove(recorded);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    protected static string Operation(string name) => $"Audit{name}{Guid.NewGuid():N}";

    protected async Task<List<AuditEvent>> EventsAsync(string operation)
    {
        await using var scope = Host.SystemScope();
        return await Host.SystemContext(scope).AuditEvents.Where(e => e.Operation == operation).ToListAsync();
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteAuditTests(HubApiFactory factory) : AuditTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresAuditTests(PostgresHubApiFactory factory) : AuditTests(factory)
{
    // One INSERT … SELECT FROM unnest: SQLite keeps EF Core's insert per row (in-process, no round trip).
    [Fact]
    public async Task A_page_of_a_hundred_persons_writes_its_hundred_events_in_one_statement()
    {
        var operation = Operation("Page");
        Host.Statements.Reset();

        var data = await Host.CreateClient().DataAsync($"query {operation} {{ persons(first: 100) {{ nodes {{ id firstName }} }} }}");

        Assert.Equal(100, data.At("persons", "nodes").GetArrayLength());
        Assert.Equal(100, (await EventsAsync(operation)).Count);
        Assert.Equal(1, Host.Statements.AuditWrites);
    }
}
