using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>
/// DESIGN §4, layer 2: the scope holds on every path, because it is in the SQL of every query:
/// counts, node lookups, nested lists, batch loaders, conditions over related rows.
/// </summary>
public abstract class RowScopeTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Total_count_counts_only_the_rows_in_scope()
    {
        var world = await AccessWorld.OfAsync(Host);

        var data = await Host.CreateClient(world.Callers[Role.MunicipalOfficer]).DataAsync("{ persons(first: 1) { totalCount } }");

        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        var residents = await db.Persons.CountAsync(p => p.Residence.MunicipalityId == world.Callers.Residence);
        Assert.Equal(residents, data.At("persons", "totalCount").GetInt32());
        Assert.True(residents < await db.Persons.CountAsync());
    }

    [Fact]
    public async Task Zone_staff_count_the_residents_and_the_discharge_requests_of_their_zones()
    {
        var world = await AccessWorld.OfAsync(Host);
        var zones = world.Callers[Role.SocialWorker].Zones!;

        var data = await Host.CreateClient(world.Callers[Role.SocialWorker]).DataAsync("{ persons(first: 1) { totalCount } households(first: 1) { totalCount } }");

        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        var inZone = db.Persons.Where(p =>
            db.ZoneMemberships.Any(m => m.MunicipalityId == p.Residence.MunicipalityId && m.ValidTo == null && zones.Contains(m.Zone!.Code))
            || db.DischargeRequests.Any(d => d.PersonId == p.Id && zones.Contains(db.Zones.Single(z => z.Id == d.ZoneId).Code)));
        Assert.Equal(await inZone.CountAsync(), data.At("persons", "totalCount").GetInt32());
        var persons = await inZone.Select(p => p.Id).ToListAsync();
        Assert.Equal(await db.HouseholdMembers.Where(m => persons.Contains(m.PersonId)).Select(m => m.HouseholdId).Distinct().CountAsync(),
            data.At("households", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Nodes_out_of_scope_are_null_and_the_rest_stand()
    {
        var world = await AccessWorld.OfAsync(Host);
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        var elsewhere = await db.Persons.Where(p => p.Residence.MunicipalityId != world.Callers.Residence).Select(p => p.Id).FirstAsync();

        var data = await Host.CreateClient(world.Callers[Role.MunicipalOfficer])
            .DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { world.PersonGlobalId, GlobalId.Encode("Person", elsewhere) } });

        Assert.Equal(world.PersonGlobalId, data.At("nodes")[0].At("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.At("nodes")[1].ValueKind);
    }

    [Fact]
    public async Task Nested_lists_loaded_in_batches_hold_only_members_in_scope()
    {
        var world = await AccessWorld.OfAsync(Host);
        var comune = GlobalId.Encode("Municipality", world.Callers.Residence);

        var data = await Host.CreateClient(world.Callers[Role.MunicipalOfficer])
            .DataAsync("{ households(first: 100) { nodes { members { person { residence { municipality { id } } } } } } }");

        var members = data.At("households", "nodes").EnumerateArray().SelectMany(h => h.At("members").EnumerateArray()).ToList();
        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Equal(comune, m.At("person", "residence", "municipality", "id").GetString()));
    }

    [Fact]
    public async Task Hospital_reaches_a_person_by_naming_them_never_by_id()
    {
        var world = await AccessWorld.OfAsync(Host);
        var hospital = Host.CreateClient(world.Callers[Role.DischargePlanner]);

        var byId = await hospital.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = world.PersonGlobalId });
        var named = await hospital.DataAsync("query($cf: String!, $id: ID!) { person(fiscalCode: $cf) { id } again: node(id: $id) { id } }",
            new { cf = world.FiscalCode, id = world.PersonGlobalId });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, byId.At("node").ValueKind);
        Assert.Equal(world.PersonGlobalId, named.At("person", "id").GetString());
        Assert.Equal(world.PersonGlobalId, named.At("again", "id").GetString());
    }

    [Fact]
    public async Task Conditions_over_related_rows_see_only_rows_in_scope()
    {
        // What where: filters compile to: conditions over related sets of the request's context.
        var world = await AccessWorld.OfAsync(Host);
        await using var scope = Host.Services.CreateAsyncScope();
        var asComune = await RoleCallers.ContextAsAsync(scope, world.Callers[Role.MunicipalOfficer]);
        await using var systemScope = Host.SystemScope();
        var system = Host.SystemContext(systemScope);

        var sharingWithOutsiders = await asComune.Persons.CountAsync(p => asComune.HouseholdMembers.Any(m =>
            asComune.HouseholdMembers.Any(me => me.PersonId == p.Id && me.HouseholdId == m.HouseholdId)
            && asComune.Persons.Any(other => other.Id == m.PersonId && other.Residence.MunicipalityId != world.Callers.Residence)));
        var withPlacementsElsewhere = await asComune.Persons.CountAsync(p => asComune.Placements.Any(pl => pl.PersonId == p.Id)
            && asComune.CareCases.Any(c => c.PersonId == p.Id));
        var expected = await system.Persons.CountAsync(p => p.Residence.MunicipalityId == world.Callers.Residence
            && system.Placements.Any(pl => pl.PersonId == p.Id) && system.CareCases.Any(c => c.PersonId == p.Id));

        Assert.Equal(0, sharingWithOutsiders);
        Assert.Equal(expected, withPlacementsElsewhere);
    }

    [Fact]
    public async Task Each_context_answers_for_its_own_caller()
    {
        var world = await AccessWorld.OfAsync(Host);
        await using var first = Host.Services.CreateAsyncScope();
        await using var second = Host.Services.CreateAsyncScope();
        var asComune = await RoleCallers.ContextAsAsync(first, world.Callers[Role.MunicipalOfficer]);
        var asAnalyst = await RoleCallers.ContextAsAsync(second, world.Callers[Role.Analyst]);

        var comuneSees = await asComune.Persons.CountAsync();
        var analystSees = await asAnalyst.Persons.CountAsync();

        Assert.True(comuneSees > 0);
        Assert.Equal(0, analystSees);
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteRowScopeTests(HubApiFactory factory) : RowScopeTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresRowScopeTests(PostgresHubApiFactory factory) : RowScopeTests(factory);
