using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Registry.RegistryWorld;

namespace Hub.Api.Tests.Registry;

/// <summary>Issue 15: structures and modules kept through the schema, each change by its real keeper, each refusal typed.</summary>
public abstract class StructureRegistryTests(HubApiHost host) : HubApiTest(host)
{
    private static readonly DateOnly Today = CareWorld.Today;

    [Fact]
    public async Task Region_registers_a_structure_grants_and_renews_its_accreditation_and_adds_a_module()
    {
        var world = await CreateAsync(Host);

        var structureId = await world.RegisterAsync(world.Region, world.ProviderId);
        await world.Region.Succeed("changeAccreditation", "ChangeAccreditationInput", new
        {
            structureId, change = "GRANT", act = "Decreto dirigenziale n. 1 del 2026", on = Iso(Today), until = Iso(Today.AddYears(5)),
        }, "structure");
        var renewed = await world.Region.Succeed("changeAccreditation", "ChangeAccreditationInput", new
        {
            structureId, change = "RENEW", act = "Decreto dirigenziale n. 2 del 2026", on = Iso(Today), until = Iso(Today.AddYears(6)),
        }, "structure", "accreditation accreditationAct accreditedUntil accreditationChangedOn");
        var module = await world.Region.Succeed("addModule", "AddModuleInput", Module(structureId, 30), "module", "contractedPlaces freePlaces structure { id }");

        Assert.Equal(("ACCREDITED", "Decreto dirigenziale n. 2 del 2026", Iso(Today.AddYears(6)), Iso(Today)),
            (renewed.At("accreditation").GetString(), renewed.At("accreditationAct").GetString(), renewed.At("accreditedUntil").GetString(), renewed.At("accreditationChangedOn").GetString()));
        Assert.Equal((30, 30, structureId), (module.At("contractedPlaces").GetInt32(), module.At("freePlaces").GetInt32(), module.At("structure", "id").GetString()));
    }

    [Fact]
    public async Task An_acts_refusal_names_the_status_and_what_it_allows()
    {
        var world = await CreateAsync(Host);
        var structureId = await world.RegisterAsync(world.Region, world.ProviderId);

        var error = await world.Region.Refused("changeAccreditation", "ChangeAccreditationInput",
            new { structureId, change = "SUSPEND", act = "Decreto n. 3", on = Iso(Today) }, "structure");

        Assert.Equal(("InvalidTransitionError", "AUTHORISED", "changeAccreditation"),
            (error.At("__typename").GetString(), error.At("from").GetString(), error.At("allowedMutations")[0].GetString()));
    }

    [Fact]
    public async Task An_azienda_usl_keeps_the_structures_it_runs_and_no_other_bodys()
    {
        var world = await CreateAsync(Host);

        var own = await world.RegisterAsync(world.Asl, world.AslId);
        var ownModule = await world.Asl.Succeed("addModule", "AddModuleInput", Module(own), "module");
        var othersStructure = await world.Asl.Refused("registerStructure", "RegisterStructureInput", world.StructureInput(world.ProviderId), "structure");
        var othersPlaces = await world.Asl.Refused("changeModulePlaces", "ChangeModulePlacesInput", Places(world.Care.ModuleId, 2, 1), "module");
        var accreditation = await world.Asl.Refused("changeAccreditation", "ChangeAccreditationInput",
            new { structureId = own, change = "GRANT", act = "Delibera n. 4", on = Iso(Today), until = Iso(Today.AddYears(5)) }, "structure");

        Assert.NotEqual(JsonValueKind.Null, ownModule.At("id").ValueKind);
        Assert.All([othersStructure, othersPlaces, accreditation], error => Assert.Equal("ForbiddenError", error.At("__typename").GetString()));
        Assert.Equal(2, await world.Care.Read(db => db.StructureModules.Where(m => m.Id == world.Care.ModuleKey).Select(m => m.ContractedPlaces).SingleAsync()));
    }

    [Fact]
    public async Task A_provider_describes_its_own_structure_but_changes_neither_accreditation_nor_places_nor_anothers_contacts()
    {
        var world = await CreateAsync(Host);
        var provider = world.Care.Provider;
        var others = await world.RegisterAsync(world.Region, world.AslId);

        var contacts = await provider.Succeed("changeStructureContacts", "ChangeStructureContactsInput",
            new { structureId = world.StructureId, contacts = new { phone = "+39 055 123456", email = "rsa@provider.example.org" } }, "structure", "contacts { phone email }");
        var described = await provider.Succeed("describeModule", "DescribeModuleInput", new { moduleId = world.Care.ModuleId, name = "Nucleo Glicine" }, "module", "name");
        var notTheirs = await provider.Refused("changeStructureContacts", "ChangeStructureContactsInput", new { structureId = others, contacts = new { phone = "1" } }, "structure");
        var accreditation = await provider.Client.QueryAsync("mutation($input: ChangeAccreditationInput!) { changeAccreditation(input: $input) { structure { id } } }",
            new { input = new { structureId = world.StructureId, change = "GRANT", act = "n. 5", on = Iso(Today), until = Iso(Today.AddYears(1)) } });
        var places = await provider.Client.QueryAsync("mutation($input: ChangeModulePlacesInput!) { changeModulePlaces(input: $input) { module { id } } }",
            new { input = Places(world.Care.ModuleId, 10, 10) });

        Assert.Equal(("+39 055 123456", "Nucleo Glicine"), (contacts.At("contacts", "phone").GetString(), described.At("name").GetString()));
        Assert.Equal("ForbiddenError", notTheirs.At("__typename").GetString());
        // The permission itself is missing: refused before anything runs, naming the permission.
        Assert.All([accreditation, places], body => Assert.Equal("FORBIDDEN", body.At("errors")[0].At("extensions", "code").GetString()));
        Assert.Equal(AccreditationStatus.Authorised, await world.Care.Read(db => db.Structures.Where(s => s.Id == CareWorld.Key(world.StructureId)).Select(s => s.Accreditation).SingleAsync()));
    }

    [Fact]
    public async Task A_closed_module_publishes_no_free_places_and_an_offer_shrinks_with_the_contracted_places()
    {
        var world = await CreateAsync(Host, modulePlaces: 4);
        await world.Care.Provider.Succeed("publishFreePlaces", "PublishFreePlacesInput", new { moduleId = world.Care.ModuleId, freePlaces = 4 }, "module");

        var lowered = await world.Region.Succeed("changeModulePlaces", "ChangeModulePlacesInput",
            new { moduleId = world.Care.ModuleId, authorisedPlaces = 4, contractedPlaces = 2, dailyHealthShare = 60m, dailySocialShare = 56.5m, effectiveFrom = Iso(Today) },
            "module", "freePlaces publishedFreePlaces");
        await world.Region.Succeed("closeModule", "CloseModuleInput", new { moduleId = world.Care.ModuleId }, "module");
        var afterClosing = await world.Care.Provider.Refused("publishFreePlaces", "PublishFreePlacesInput", new { moduleId = world.Care.ModuleId, freePlaces = 1 }, "module");

        Assert.Equal((2, 2), (lowered.At("freePlaces").GetInt32(), lowered.At("publishedFreePlaces").GetInt32()));
        Assert.Equal(("InvalidTransitionError", "CLOSED"), (afterClosing.At("__typename").GetString(), afterClosing.At("from").GetString()));
    }

    [Fact]
    public async Task Contracted_places_never_go_below_those_occupied()
    {
        var world = await CreateAsync(Host);
        var (_, _, interventionId, _) = await world.Care.ActivePlanAsync();
        var placementId = await world.Care.ConfirmedPlacementAsync(interventionId);
        await world.Care.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId }, "placement");

        var error = await world.Region.Refused("changeModulePlaces", "ChangeModulePlacesInput", Places(world.Care.ModuleId, 2, 0), "module");
        var lowered = await world.Region.Succeed("changeModulePlaces", "ChangeModulePlacesInput",
            new { moduleId = world.Care.ModuleId, authorisedPlaces = 3, contractedPlaces = 1, dailyHealthShare = 60m, dailySocialShare = 56.5m, effectiveFrom = Iso(Today.AddDays(1)) },
            "module", "contractedPlaces freePlaces dailyHealthShare effectiveFrom");

        Assert.Equal(("ValidationError", "contractedPlaces"), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Equal((1, 0, 60m, Iso(Today.AddDays(1))),
            (lowered.At("contractedPlaces").GetInt32(), lowered.At("freePlaces").GetInt32(), lowered.At("dailyHealthShare").GetDecimal(), lowered.At("effectiveFrom").GetString()));
    }

    [Fact]
    public async Task A_module_with_active_placements_stays_open_and_once_closed_takes_no_one_and_stays_listed()
    {
        var world = await CreateAsync(Host);
        var (_, _, interventionId, _) = await world.Care.ActivePlanAsync();
        var placementId = await world.Care.ConfirmedPlacementAsync(interventionId);

        var refused = await world.Region.Refused("closeModule", "CloseModuleInput", new { moduleId = world.Care.ModuleId }, "module");
        await world.Care.SocialWorker.Succeed("cancelPlacement", "EndPlacementInput", new { placementId }, "placement");
        var closed = await world.Region.Succeed("closeModule", "CloseModuleInput", new { moduleId = world.Care.ModuleId }, "module", "closedOn");
        var request = await world.Care.SocialWorker.Refused("requestPlacement", "RequestPlacementInput",
            new { interventionId, moduleId = world.Care.ModuleId, maximumEndDate = Iso(Today.AddDays(30)) }, "placement");
        var listed = await world.Care.Client.DataAsync("query($id: ID!) { structures(where: { id: { eq: $id } }) { nodes { modules { id closedOn } } } }", new { id = world.StructureId });
        var inForce = await world.Care.Client.DataAsync("query($id: ID!) { structures(where: { id: { eq: $id }, modules: { some: { closedOn: { isNull: true } } } }) { totalCount } }",
            new { id = world.StructureId });

        Assert.Equal(("ValidationError", "moduleId"), (refused.At("__typename").GetString(), refused.At("field").GetString()));
        Assert.Contains("1 placements are active", refused.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(Iso(Today), closed.At("closedOn").GetString());
        Assert.Equal(("InvalidTransitionError", "CLOSED"), (request.At("__typename").GetString(), request.At("from").GetString()));
        Assert.Equal(Iso(Today), listed.At("structures", "nodes")[0].At("modules")[0].At("closedOn").GetString());
        Assert.Equal(0, inForce.At("structures", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Region_moves_a_structure_to_another_operator_and_an_azienda_usl_may_not()
    {
        var world = await CreateAsync(Host);
        var structureId = await world.RegisterAsync(world.Asl, world.AslId);

        var refused = await world.Asl.Refused("moveStructureOperator", "MoveStructureOperatorInput", new { structureId, operatorId = world.ProviderId }, "structure");
        var moved = await world.Region.Succeed("moveStructureOperator", "MoveStructureOperatorInput", new { structureId, operatorId = world.ProviderId }, "structure", "operator { id }");
        var closedByAsl = await world.Asl.Refused("closeStructure", "CloseStructureInput", new { structureId }, "structure");

        Assert.Equal("ForbiddenError", refused.At("__typename").GetString());
        Assert.Equal(world.ProviderId, moved.At("operator", "id").GetString());
        // It no longer runs it, so it no longer keeps it.
        Assert.Equal("ForbiddenError", closedByAsl.At("__typename").GetString());
    }

    [Fact]
    public async Task History_tells_who_changed_which_field_when_from_what_to_what_to_keepers_and_auditors_only()
    {
        var world = await CreateAsync(Host);
        var structureId = await world.RegisterAsync(world.Asl, world.AslId);
        var moduleId = (await world.Asl.Succeed("addModule", "AddModuleInput", Module(structureId, 20), "module")).At("id").GetString()!;
        await world.Asl.Succeed("changeModulePlaces", "ChangeModulePlacesInput", Places(moduleId, 20, 15), "module");
        await world.Region.Succeed("changeStructureContacts", "ChangeStructureContactsInput",
            new { structureId, contacts = new { phone = "+39 055 999999", email = "info@villa.example.org" }, expectedVersion = 1 }, "structure");
        const string Query = "query($id: ID!) { node(id: $id) { ... on StructureModule { history { version changedBy field from to } } ... on Structure { history { version changedBy field from to } } } }";

        var moduleHistory = (await world.Auditor.Client.DataAsync(Query, new { id = moduleId })).At("node", "history").EnumerateArray().ToList();
        var structureHistory = (await world.Asl.Client.DataAsync(Query, new { id = structureId })).At("node", "history").EnumerateArray().ToList();
        var hidden = (await world.Care.SocialWorker.Client.DataAsync(Query, new { id = moduleId })).At("node", "history");

        Assert.Contains(moduleHistory, c => c.At("version").GetInt64() == 1 && c.At("field").GetString() == "contractedPlaces" && c.At("to").GetString() == "20");
        var change = moduleHistory.Where(c => c.At("version").GetInt64() == 2).ToList();
        Assert.Equal([("asl-registry", "contractedPlaces", "20", "15"), ("asl-registry", "effectiveFrom", null, Iso(Today))],
            change.Select(c => (c.At("changedBy").GetString(), c.At("field").GetString(), c.At("from").GetString(), c.At("to").GetString())));
        Assert.Contains(structureHistory, c => c.At("field").GetString() == "address.street" && c.At("to").GetString() == "Via del Registro 1");
        var contacts = Assert.Single(structureHistory, c => c.At("version").GetInt64() == 2);
        Assert.Equal(("region-registry", "contacts.phone", "+39 055 000000", "+39 055 999999"),
            (contacts.At("changedBy").GetString(), contacts.At("field").GetString(), contacts.At("from").GetString(), contacts.At("to").GetString()));
        Assert.Equal(0, hidden.GetArrayLength());
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteStructureRegistryTests(HubApiFactory host) : StructureRegistryTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresStructureRegistryTests(PostgresHubApiFactory host) : StructureRegistryTests(host);
