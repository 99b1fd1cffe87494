using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Registry.RegistryWorld;

namespace Hub.Api.Tests.Registry;

/// <summary>Issue 15's rules across registries: staff serve their employer's zones, history names references, closing dates have bounds, planning counts what is open.</summary>
public abstract class RegistryRulesTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Staff_serve_only_their_employers_zones_and_a_change_of_zones_is_a_version_in_history_with_the_zones_named()
    {
        var world = await CreateAsync(Host);
        var (zone, outside) = await ZonesAsync(world);
        var hire = new { organizationId = world.AslId, firstName = "Zeno", lastName = "Zonale", profession = "SOCIAL_WORKER", weeklyHours = 36m };

        var refusedHire = await world.Asl.Refused("hireStaffMember", "HireStaffMemberInput", new
        {
            hire.organizationId, hire.firstName, hire.lastName, hire.profession, hire.weeklyHours, zoneIds = new[] { zone, outside.Id },
        }, "staffMember");
        var hired = await world.Asl.Succeed("hireStaffMember", "HireStaffMemberInput", new
        {
            hire.organizationId, hire.firstName, hire.lastName, hire.profession, hire.weeklyHours, zoneIds = Array.Empty<string>(),
        }, "staffMember");
        var memberId = hired.At("id").GetString()!;
        var change = new { staffMemberId = memberId, profession = "SOCIAL_WORKER", weeklyHours = 36m, contacts = new { } };
        var refusedChange = await world.Asl.Refused("changeStaffMember", "ChangeStaffMemberInput",
            new { change.staffMemberId, change.profession, change.weeklyHours, change.contacts, zoneIds = new[] { outside.Id } }, "staffMember");
        var changed = await world.Asl.Succeed("changeStaffMember", "ChangeStaffMemberInput",
            new { change.staffMemberId, change.profession, change.weeklyHours, change.contacts, zoneIds = new[] { zone }, expectedVersion = 1 }, "staffMember",
            "version history { version field from to fromLabel toLabel }");

        Assert.All([refusedHire, refusedChange], error => Assert.Equal(("ValidationError", "zoneIds"), (error.At("__typename").GetString(), error.At("field").GetString())));
        Assert.Contains(outside.Code, refusedChange.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, changed.At("version").GetInt64());
        var zones = Assert.Single(changed.At("history").EnumerateArray(), c => c.At("field").GetString() == "zones");
        var served = await world.Care.Read(db => db.Zones.Where(z => z.Id == CareWorld.Key(zone)).Select(z => new { z.Id, z.Code, z.Name }).SingleAsync());
        Assert.Equal((2L, "[]", $"[\"{served.Id}\"]", "", $"{served.Code} {served.Name}"),
            (zones.At("version").GetInt64(), zones.At("from").GetString(), zones.At("to").GetString(), zones.At("fromLabel").GetString(), zones.At("toLabel").GetString()));
    }

    [Fact]
    public async Task History_names_the_operator_and_comune_a_structure_refers_to()
    {
        var world = await CreateAsync(Host);
        var structureId = await world.RegisterAsync(world.Region, world.ProviderId);

        var history = (await world.Region.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Structure { history { field toLabel } operator { name } address { municipality { name } } } } }",
            new { id = structureId })).At("node");

        var labels = history.At("history").EnumerateArray().ToDictionary(c => c.At("field").GetString()!, c => c.At("toLabel").GetString());
        Assert.Equal(history.At("operator", "name").GetString(), labels["operatorOrganizationId"]);
        Assert.Equal(history.At("address", "municipality", "name").GetString(), labels["address.municipalityId"]);
        Assert.Null(labels["name"]);
    }

    [Fact]
    public async Task A_closing_day_before_the_record_was_registered_is_refused_naming_that_day()
    {
        var world = await CreateAsync(Host);
        var structureId = await world.RegisterAsync(world.Region, world.ProviderId);

        var error = await world.Region.Refused("closeStructure", "CloseStructureInput", new { structureId, on = "1926-03-01" }, "structure");

        Assert.Equal(("ValidationError", "closedOn"), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Contains("was registered in the hub", error.At("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planning_counts_no_closed_module_and_no_staff_member_who_left()
    {
        var world = await CreateAsync(Host);
        var (zone, _) = await ZonesAsync(world);
        var analyst = Host.CreateClient(TestCallers.Analyst);
        const string Figures = "query($zone: ID) { moduleOccupancy(zone: $zone) { module { id } } socialWorkerCoverage(zone: $zone) { socialWorkerFte } }";
        var hired = await world.Asl.Succeed("hireStaffMember", "HireStaffMemberInput", new
        {
            organizationId = world.AslId, firstName = "Piera", lastName = "Pianificata", profession = "SOCIAL_WORKER", weeklyHours = 36m, zoneIds = new[] { zone },
        }, "staffMember");

        var before = await analyst.DataAsync(Figures, new { zone });
        await world.Region.Succeed("closeModule", "CloseModuleInput", new { moduleId = world.Care.ModuleId }, "module");
        await world.Asl.Succeed("recordStaffLeaving", "RecordStaffLeavingInput", new { staffMemberId = hired.At("id").GetString() }, "staffMember");
        var after = await analyst.DataAsync(Figures, new { zone });

        bool Lists(System.Text.Json.JsonElement figures) => figures.At("moduleOccupancy").EnumerateArray().Any(m => m.At("module", "id").GetString() == world.Care.ModuleId);
        Assert.Equal((true, false), (Lists(before), Lists(after)));
        Assert.Equal(1m, before.At("socialWorkerCoverage")[0].At("socialWorkerFte").GetDecimal() - after.At("socialWorkerCoverage")[0].At("socialWorkerFte").GetDecimal());
    }

    // The care world's zone (served by the world's Azienda USL) and a zone of another Azienda.
    private static async Task<(string Zone, (string Id, string Code) Outside)> ZonesAsync(RegistryWorld world)
    {
        var authority = await world.Care.Read(db => db.Zones.Where(z => z.Id == CareWorld.Key(world.Care.ZoneId)).Select(z => z.HealthAuthorityId).SingleAsync());
        var outside = await world.Care.Read(db => db.Zones.Where(z => z.HealthAuthorityId != authority && z.ValidTo == null).OrderBy(z => z.Code).Select(z => new { z.Id, z.Code }).FirstAsync());
        return (world.Care.ZoneId, (Api.GraphQL.Relay.GlobalId.Encode("Zone", outside.Id), outside.Code));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteRegistryRulesTests(HubApiFactory host) : RegistryRulesTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresRegistryRulesTests(PostgresHubApiFactory host) : RegistryRulesTests(host);
