using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Access;

/// <summary>Issue 10, sections 1 and 2: a field's clearance governs every use of it, and health data stays where DESIGN puts it.</summary>
public abstract class PrivacyReadTests(HubApiHost host) : HubApiTest(host)
{
    private const string IseeProbe = "query {0}($cf: String!, $x: Decimal!) { persons(where: { identifier: { eq: $cf }, household: { iseeValue: { lt: $x } } }) { totalCount } }";

    [Theory]
    [InlineData(Role.DischargePlanner)]
    [InlineData(Role.ProviderOperator)]
    public async Task An_isee_binary_search_is_refused_before_it_runs_and_audited(Role role)
    {
        var world = await AccessWorld.OfAsync(Host);
        var operation = Operation("Isee");

        var body = await Host.CreateClient(world.Callers[role]).QueryAsync(IseeProbe.Replace("{0}", operation), new { cf = world.FiscalCode, x = 20000 });

        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "nothing runs");
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.All(errors, error => Assert.Equal("FORBIDDEN", error.At("extensions", "code").GetString()));
        Assert.Contains("Person.household", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var refusals = await EventsAsync(operation);
        Assert.All(refusals, refusal => Assert.Equal((AuditOutcome.Denied, Sensitivity.Social), (refusal.Outcome, refusal.Sensitivity)));
        Assert.Contains(refusals, refusal => refusal.EntityType == "condition Person.household");
    }

    [Fact]
    public async Task A_condition_in_a_variable_deep_inside_quantifiers_is_refused_too()
    {
        var world = await AccessWorld.OfAsync(Host);
        var where = new { not = new { or = new object[] { new { household = new { members = new { some = new { person = new { household = new { iseeValue = new { lt = 5000 } } } } } } } } } };

        var body = await Host.CreateClient(world.Callers[Role.DischargePlanner]).QueryAsync("query($where: PersonFilter) { persons(where: $where) { totalCount } }", new { where });

        Assert.Equal("FORBIDDEN", body.GetProperty("errors")[0].At("extensions", "code").GetString());
    }

    [Fact]
    public async Task A_document_validated_and_cached_for_a_cleared_caller_is_judged_again_for_the_next()
    {
        var world = await AccessWorld.OfAsync(Host);
        var query = $"query {Operation("Cached")}($where: PersonFilter) {{ persons(where: $where) {{ totalCount }} }}";
        var where = new { household = new { iseeValue = new { lt = 5000 } } };

        // The social worker's request validates the document and leaves it in the cache of validated documents (issue 18);
        // the hospital's request, sending the same text, is still judged on its clearances.
        var cleared = await Host.CreateClient(world.Callers[Role.SocialWorker]).QueryAsync(query, new { where });
        var refused = await Host.CreateClient(world.Callers[Role.DischargePlanner]).QueryAsync(query, new { where });

        Assert.False(cleared.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("FORBIDDEN", refused.GetProperty("errors")[0].At("extensions", "code").GetString());
    }

    [Fact]
    public async Task A_provider_may_not_sort_households_by_isee_expiry()
    {
        var world = await AccessWorld.OfAsync(Host);

        var body = await Host.CreateClient(world.Callers[Role.ProviderOperator]).QueryAsync("{ households(order: [{ iseeExpiresOn: ASC }]) { edges { cursor } } }");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("FORBIDDEN", error.At("extensions", "code").GetString());
        Assert.Contains("Household.iseeExpiresOn", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_on_a_sensitive_field_is_audited_for_every_person_it_matched()
    {
        var world = await AccessWorld.OfAsync(Host);
        var operation = Operation("Matched");

        var data = await Host.CreateClient(world.Callers[Role.SocialWorker])
            .DataAsync($"query {operation} {{ persons(where: {{ household: {{ iseeValue: {{ gte: 0 }} }} }}) {{ totalCount }} }}");

        var matched = data.At("persons", "totalCount").GetInt32();
        var events = await EventsAsync(operation);
        Assert.True(matched > 0);
        Assert.Equal(matched, events.Count(e => e.PersonId is not null && e.Outcome == AuditOutcome.Success && e.Sensitivity.HasFlag(Sensitivity.Social)));
    }

    [Fact]
    public async Task Cursors_hide_their_sort_keys()
    {
        var world = await AccessWorld.OfAsync(Host);

        var edges = (await Host.CreateClient(world.Callers[Role.SocialWorker])
            .DataAsync("{ persons(first: 3, order: [{ identifier: ASC }]) { edges { cursor node { identifier birthDate } } } }")).At("persons", "edges").EnumerateArray().ToList();

        Assert.NotEmpty(edges);
        Assert.All(edges, edge =>
        {
            var bytes = Encoding.Latin1.GetString(Base64Url.DecodeFromChars(edge.GetProperty("cursor").GetString()));
            Assert.DoesNotContain(edge.At("node", "identifier").GetString()!, bytes, StringComparison.Ordinal);
            Assert.DoesNotContain(edge.At("node", "birthDate").GetString()!, bytes, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Altered_forged_and_foreign_cursors_are_invalid_cursors()
    {
        var client = Host.CreateClient();
        var cursor = (await client.DataAsync("{ zones(first: 1) { pageInfo { endCursor } } }")).At("zones", "pageInfo", "endCursor").GetString()!;
        var bytes = Base64Url.DecodeFromChars(cursor);
        bytes[^1] ^= 1;
        var forged = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new object[] { "name:asc,id:asc", "A", Guid.Empty }));

        foreach (var (list, bad) in new[] { ("zones", Base64Url.EncodeToString(bytes)), ("zones", forged), ("zones", "not-a-cursor"), ("municipalities", cursor) })
        {
            var error = (await client.QueryAsync($"query($after: String) {{ {list}(first: 1, after: $after) {{ totalCount }} }}", new { after = bad })).GetProperty("errors")[0];
            Assert.Equal("INVALID_CURSOR", error.At("extensions", "code").GetString());
        }
    }

    [Fact]
    public async Task A_cursor_opens_only_for_the_caller_it_was_made_for()
    {
        var world = await AccessWorld.OfAsync(Host);
        const string Page = "query($after: String) { zones(first: 1, after: $after) { pageInfo { endCursor } } }";
        var cursor = (await Host.CreateClient(world.Callers[Role.SocialWorker]).DataAsync(Page)).At("zones", "pageInfo", "endCursor").GetString()!;

        var own = await Host.CreateClient(world.Callers[Role.SocialWorker]).QueryAsync(Page, new { after = cursor });
        var other = (await Host.CreateClient(world.Callers[Role.Acot]).QueryAsync(Page, new { after = cursor })).GetProperty("errors")[0];

        Assert.False(own.TryGetProperty("errors", out _));
        Assert.Equal("INVALID_CURSOR", other.At("extensions", "code").GetString());
    }

    [Fact]
    public async Task Figures_from_persons_suppress_cells_under_five_persons()
    {
        var data = await Host.CreateClient(TestCallers.Analyst)
            .DataAsync("{ caseCounts { count suppressed } waitingLists { waiting medianWaitDays suppressed } dischargeLeadTimes { discharged medianDays suppressed } }");

        var cells = data.At("caseCounts").EnumerateArray().Select(r => (Value: r.At("count"), Suppressed: r.At("suppressed").GetBoolean()))
            .Concat(data.At("waitingLists").EnumerateArray().Select(r => (Value: r.At("waiting"), Suppressed: r.At("suppressed").GetBoolean())))
            .Concat(data.At("dischargeLeadTimes").EnumerateArray().Select(r => (Value: r.At("discharged"), Suppressed: r.At("suppressed").GetBoolean()))).ToList();
        Assert.Contains(cells, c => c.Suppressed);
        Assert.All(cells, c => Assert.True(c.Suppressed ? c.Value.ValueKind == JsonValueKind.Null : c.Value.GetInt32() >= 5));
    }

    [Fact]
    public async Task Territorial_staff_read_figures_of_their_own_zones_only()
    {
        var world = await AccessWorld.OfAsync(Host);

        var zones = (await Host.CreateClient(world.Callers[Role.Acot]).DataAsync("{ caseCounts { zone { code } } }"))
            .At("caseCounts").EnumerateArray().Select(r => r.At("zone", "code").GetString()).Distinct().ToList();

        Assert.Equal<string?>(world.Callers[Role.Acot].Zones!, zones);
    }

    [Fact]
    public async Task A_hospital_reads_the_care_need_level_but_never_the_assessment()
    {
        var world = await AccessWorld.OfAsync(Host);
        var person = await WithAsync(async db => await db.Persons
            .Where(p => db.Placements.Any(pl => pl.PersonId == p.Id) && db.Assessments.Any(a => a.PersonId == p.Id))
            .OrderBy(p => p.Identifier).Select(p => new { p.Id, p.Identifier }).FirstAsync());
        var level = await WithAsync(async db => await db.Assessments.Where(a => a.PersonId == person.Id).OrderByDescending(a => a.AssessedOn).Select(a => a.CareNeedLevel).FirstAsync());
        var cf = person.Identifier;
        var hospital = Host.CreateClient(world.Callers[Role.DischargePlanner]);

        var summary = await hospital.DataAsync("query($cf: String!) { person(fiscalCode: $cf) { placements { careNeedLevel } } }", new { cf });
        var detail = await hospital.QueryAsync("query($cf: String!) { assessments(where: { person: { identifier: { eq: $cf } } }) { nodes { scores { score } } } }", new { cf });

        Assert.All(summary.At("person", "placements").EnumerateArray(), p => Assert.Equal(level, p.At("careNeedLevel").GetInt32()));
        Assert.Equal("FORBIDDEN", detail.GetProperty("errors")[0].At("extensions", "code").GetString());
    }

    [Fact]
    public async Task A_cancelled_request_ends_the_hospitals_reach_after_the_grace_period()
    {
        var world = await AccessWorld.OfAsync(Host);
        var hospital = Guid.Parse(world.Callers[Role.DischargePlanner].Organization);
        var (requestId, personId) = await WithAsync(async db =>
        {
            var person = await db.Persons.Where(p => !db.DischargeRequests.Any(d => d.PersonId == p.Id)).OrderBy(p => p.Identifier).FirstAsync();
            var zone = await db.Zones.OrderBy(z => z.Code).Select(z => z.Id).FirstAsync();
            var request = new DischargeRequest(hospital, new HospitalStay("Medicina", $"GRACE-{Guid.NewGuid():N}"[..20]), person.Id, zone,
                new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 10), "Needs help at home.", DischargeSetting.Home, []);
            request.Cancel("The patient went home alone.");
            db.DischargeRequests.Add(request);
            await db.SaveChangesAsync();
            return (request.Id, person.Id);
        });
        var client = Host.CreateClient(world.Callers[Role.DischargePlanner]);
        var browse = "query($id: ID!) { persons(where: { id: { eq: $id } }) { totalCount } }";
        var id = GlobalId.Encode("Person", personId);

        var withinGrace = (await client.DataAsync(browse, new { id })).At("persons", "totalCount").GetInt32();
        await WithAsync(db => db.DischargeRequests.Where(d => d.Id == requestId)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.UpdatedAt, DateTimeOffset.UtcNow.AddDays(-8))));
        var afterGrace = (await client.DataAsync(browse, new { id })).At("persons", "totalCount").GetInt32();

        Assert.Equal((1, 0), (withinGrace, afterGrace));
    }

    private async Task<T> WithAsync<T>(Func<Hub.Domain.Persistence.HubDbContext, Task<T>> work)
    {
        await using var scope = Host.SystemScope();
        return await work(Host.SystemContext(scope));
    }

    private static string Operation(string name) => $"Privacy{name}{Guid.NewGuid():N}";

    private Task<List<AuditEvent>> EventsAsync(string operation) =>
        WithAsync(db => db.AuditEvents.Where(e => e.Operation == operation).ToListAsync());
}

[Collection(HubApiCollection.Name)]
public sealed class SqlitePrivacyReadTests(HubApiFactory factory) : PrivacyReadTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresPrivacyReadTests(PostgresHubApiFactory factory) : PrivacyReadTests(factory);
