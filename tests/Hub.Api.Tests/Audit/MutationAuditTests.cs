using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Audit;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Audit;

/// <summary>Issue 10 §3: every mutation call is audited with its change, once, naming its target and person, with the payload's outcome.</summary>
public abstract class MutationAuditTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Operation_name_over_200_characters_commits_the_change_with_its_event()
    {
        var world = await CareWorld.CreateAsync(Host);
        var operation = $"Long{new string('x', 250)}{Guid.NewGuid():N}";

        using var response = await world.SocialWorker.Client.PostAsJsonAsync("/graphql", new
        {
            query = $"mutation {operation}($input: RecordDeathInput!) {{ recordDeath(input: $input) {{ person {{ id }} errors {{ message }} }} }}",
            variables = new { input = new { personId = (await world.RegisterPersonAsync()).Id, deathDate = CareWorld.Today.ToString("yyyy-MM-dd") } },
        });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var person = CareWorld.Key(body.At("data", "recordDeath", "person", "id").GetString()!);
        var recorded = await world.Read(db => db.AuditEvents.SingleAsync(e => e.Mutation == "recordDeath" && e.EntityId == person));
        Assert.Equal((AuditOutcome.Success, AuditAction.Update, person), (recorded.Outcome, recorded.Action, recorded.PersonId));
        Assert.Equal(AuditEvent.OperationLength, recorded.Operation!.Length);
        Assert.StartsWith(operation[..100], recorded.Operation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caller_with_three_roles_reads_personal_data_and_is_audited_with_all_of_them()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, _) = await world.RegisterPersonAsync();
        var comune = CareWorld.Key(world.MunicipalityId);
        var (organization, zone) = await world.Read(async db => (
            await db.Organizations.Where(o => o.Kind == OrganizationKind.Municipality && o.MunicipalityId == comune).Select(o => o.Id).FirstAsync(),
            await db.Zones.Where(z => z.Id == CareWorld.Key(world.ZoneId)).Select(z => z.Code).SingleAsync()));
        var caller = new CallerClaimSet("three-roles", organization.ToString(), "MUNICIPALITY",
            ["social-worker", "municipal-officer", "registry-admin"], [zone]);
        var operation = $"ThreeRoles{Guid.NewGuid():N}";

        var data = await Host.CreateClient(caller).DataAsync($"query {operation}($id: ID!) {{ node(id: $id) {{ ... on Person {{ lastName }} }} }}", new { id = personId });

        Assert.False(string.IsNullOrEmpty(data.At("node", "lastName").GetString()));
        var recorded = await world.Read(db => db.AuditEvents.SingleAsync(e => e.Operation == operation));
        Assert.Equal("social-worker,municipal-officer,registry-admin", recorded.Role);
        Assert.Equal(CareWorld.Key(personId), recorded.PersonId);
    }

    [Fact]
    public async Task Aliased_mutations_write_one_event_each_with_their_target_and_outcome()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (first, _) = await world.RegisterPersonAsync();
        var (second, _) = await world.RegisterPersonAsync();
        var missing = GlobalId.Encode("Person", Guid.NewGuid());
        var operation = $"Aliased{Guid.NewGuid():N}";
        var day = CareWorld.Today.ToString("yyyy-MM-dd");

        var data = await world.SocialWorker.Client.DataAsync(
            $"mutation {operation}($a: RecordDeathInput!, $b: RecordDeathInput!, $c: RecordDeathInput!) {{ "
            + "a: recordDeath(input: $a) { errors { __typename } } b: recordDeath(input: $b) { errors { __typename } } c: recordDeath(input: $c) { errors { __typename } } }",
            new { a = new { personId = first, deathDate = day }, b = new { personId = second, deathDate = day }, c = new { personId = missing, deathDate = day } });

        Assert.Equal("NotFoundError", data.At("c", "errors")[0].At("__typename").GetString());
        var events = await world.Read(db => db.AuditEvents.Where(e => e.Operation == operation).ToListAsync());
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(("recordDeath", "Person"), (e.Mutation, e.EntityType)));
        Assert.Equal(
            new[] { (CareWorld.Key(first), AuditOutcome.Success), (CareWorld.Key(second), AuditOutcome.Success), (CareWorld.Key(missing), AuditOutcome.Failed) }.Order(),
            events.Select(e => (e.PersonId!.Value, e.Outcome)).Order());
        Assert.All(events, e => Assert.Equal(e.PersonId, e.EntityId));
    }

    [Fact]
    public async Task Person_audit_trail_shows_who_changed_the_record_as_well_as_who_read_it()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, code) = await world.RegisterPersonAsync();
        await world.SocialWorker.Succeed("recordDeath", "RecordDeathInput", new { personId, deathDate = CareWorld.Today.ToString("yyyy-MM-dd") }, "person");
        await world.SocialWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Person { lastName } } }", new { id = personId });

        var trail = await Host.CreateClient(TestCallers.Auditor)
            .DataAsync("query($cf: String!) { personAuditTrail(fiscalCode: $cf, first: 100) { nodes { mutation action outcome subject } } }", new { cf = code });

        var nodes = trail.At("personAuditTrail", "nodes").EnumerateArray()
            .Select(n => (n.At("mutation").ValueKind == JsonValueKind.Null ? null : n.At("mutation").GetString(), n.At("action").GetString())).ToList();
        Assert.Contains(("registerPerson", "CREATE"), nodes);
        Assert.Contains(("recordDeath", "UPDATE"), nodes);
        Assert.Contains((null, "READ"), nodes);
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteMutationAuditTests(HubApiFactory host) : MutationAuditTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresMutationAuditTests(PostgresHubApiFactory host) : MutationAuditTests(host);

/// <summary>On PostgreSQL the database itself keeps the trail append-only: the application's own role cannot change or remove an event.</summary>
[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresAuditTrailGuardTests(PostgresHubApiFactory host) : HubApiTest(host)
{
    [Theory]
    [InlineData("UPDATE \"AuditEvents\" SET \"Subject\" = 'someone else'")]
    [InlineData("DELETE FROM \"AuditEvents\"")]
    [InlineData("TRUNCATE \"AuditEvents\"")]
    public async Task Database_refuses_to_change_or_remove_audit_events(string statement)
    {
        await Host.CreateClient().DataAsync("{ persons(first: 1) { nodes { lastName } } }");
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        await db.AuditEvents.FirstAsync();

        var refusal = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlRawAsync(statement));

        Assert.Contains("append-only", refusal.MessageText, StringComparison.Ordinal);
    }
}
