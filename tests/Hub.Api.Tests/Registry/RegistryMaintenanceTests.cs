using System.Net;
using System.Net.Http.Json;
using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Registry.RegistryWorld;

namespace Hub.Api.Tests.Registry;

/// <summary>Issue 15: organisations, staff, the service catalogue and Centri per le famiglie, each kept by its real keeper.</summary>
public abstract class RegistryMaintenanceTests(HubApiHost host) : HubApiTest(host)
{
    private static readonly DateOnly Today = CareWorld.Today;

    [Fact]
    public async Task Region_keeps_the_catalogue_and_an_azienda_usl_may_not()
    {
        var world = await CreateAsync(Host);
        var code = $"S{Guid.NewGuid():N}"[..12];
        var description = new { name = "Assistenza domiciliare integrata", area = "NON_SELF_SUFFICIENCY", kind = "HOME_CARE", isLeps = true, residency = "ZONE", maximumWaitDays = 30, cost = "MEANS_TESTED", nomenclatorCode = "A2.1" };

        var added = await world.Region.Succeed("addService", "AddServiceInput", new { code, service = description }, "service", "id nomenclatorCode isLeps");
        var serviceId = added.At("id").GetString()!;
        var refused = await world.Asl.Refused("changeService", "ChangeServiceInput", new { serviceId, service = description with { maximumWaitDays = 10 } }, "service");
        var duplicate = await world.Region.Refused("addService", "AddServiceInput", new { code, service = description }, "service");
        var retired = await world.Region.Succeed("retireService", "RetireServiceInput", new { serviceId }, "service", "closedOn");
        var afterRetirement = await world.Region.Refused("changeService", "ChangeServiceInput", new { serviceId, service = description }, "service");

        Assert.Equal(("A2.1", true), (added.At("nomenclatorCode").GetString(), added.At("isLeps").GetBoolean()));
        Assert.Equal("ForbiddenError", refused.At("__typename").GetString());
        Assert.Equal(("ValidationError", "code"), (duplicate.At("__typename").GetString(), duplicate.At("field").GetString()));
        Assert.Equal(Iso(Today), retired.At("closedOn").GetString());
        Assert.Equal(("InvalidTransitionError", "CLOSED"), (afterRetirement.At("__typename").GetString(), afterRetirement.At("from").GetString()));
    }

    [Fact]
    public async Task A_wait_longer_than_a_year_is_refused_as_the_catalogue_promise_a_desk_dates_from()
    {
        var world = await CreateAsync(Host);
        var description = new { name = "Servizio senza termine", area = "NON_SELF_SUFFICIENCY", kind = "HOME_CARE", isLeps = false, residency = "NONE", maximumWaitDays = int.MaxValue, cost = "FREE" };

        var error = await world.Region.Refused("addService", "AddServiceInput", new { code = $"S{Guid.NewGuid():N}"[..12], service = description }, "service");

        Assert.Equal(("ValidationError", "maximumWaitDays"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }

    [Fact]
    public async Task A_providers_registry_administrator_hires_no_territorial_staff()
    {
        var world = await CreateAsync(Host);
        var provider = new CareActor(Host.CreateClient(new CallerClaimSet("provider-registry", CareWorld.Key(world.ProviderId).ToString(), "PROVIDER", ["registry-admin"])));

        var error = await provider.Refused("hireStaffMember", "HireStaffMemberInput", new
        {
            organizationId = world.ProviderId, firstName = "Anna", lastName = "Esterna", profession = "SOCIAL_WORKER", weeklyHours = 36m, zoneIds = Array.Empty<string>(),
        }, "staffMember");

        Assert.Equal("ForbiddenError", error.At("__typename").GetString());
    }

    [Fact]
    public async Task A_closed_organisations_tokens_are_refused()
    {
        var world = await CreateAsync(Host);
        var registered = await world.Region.Succeed("registerOrganization", "RegisterOrganizationInput", new { kind = "PROVIDER", name = "Cooperativa in chiusura" }, "organization", "id");
        var organizationId = registered.At("id").GetString()!;
        var member = Host.CreateClient(new CallerClaimSet("closing-registry", CareWorld.Key(organizationId).ToString(), "PROVIDER", ["registry-admin"]));

        using var before = await member.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        await world.Region.Succeed("closeOrganization", "CloseOrganizationInput", new { organizationId }, "organization", "closedOn");
        using var after = await member.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (before.StatusCode, after.StatusCode));
        Assert.Contains("closed on", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_hires_changes_and_records_the_leaving_of_its_own_staff_and_not_another_bodys()
    {
        var world = await CreateAsync(Host);
        var zone = world.Care.ZoneId;
        var othersMember = await world.Care.Read(db => db.StaffMembers.Where(s => s.OrganizationId != CareWorld.Key(world.AslId)).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());

        var hired = await world.Asl.Succeed("hireStaffMember", "HireStaffMemberInput", new
        {
            organizationId = world.AslId, firstName = "Giulia", lastName = "Registri", profession = "SOCIAL_WORKER", weeklyHours = 36m, zoneIds = new[] { zone },
            contacts = new { email = "g.registri@asl.example.org" },
        }, "staffMember", "id zones { id }");
        var memberId = hired.At("id").GetString()!;
        var changed = await world.Asl.Succeed("changeStaffMember", "ChangeStaffMemberInput", new
        {
            staffMemberId = memberId, profession = "EDUCATOR", weeklyHours = 18m, zoneIds = Array.Empty<string>(), contacts = new { phone = "+39 055 1" }, expectedVersion = 1,
        }, "staffMember", "profession weeklyHours zones { id } contacts { email phone }");
        var left = await world.Asl.Succeed("recordStaffLeaving", "RecordStaffLeavingInput", new { staffMemberId = memberId }, "staffMember", "closedOn");
        var hiringForOthers = await world.Asl.Refused("hireStaffMember", "HireStaffMemberInput", new
        {
            organizationId = world.ProviderId, firstName = "Marco", lastName = "Altrui", profession = "NURSE", weeklyHours = 36m, zoneIds = Array.Empty<string>(),
        }, "staffMember");
        var changingOthers = await world.Asl.Refused("changeStaffMember", "ChangeStaffMemberInput", new
        {
            staffMemberId = GlobalId.Encode("StaffMember", othersMember), profession = "NURSE", weeklyHours = 36m, zoneIds = Array.Empty<string>(), contacts = new { phone = "1" },
        }, "staffMember");

        Assert.Equal(zone, hired.At("zones")[0].At("id").GetString());
        Assert.Equal(("EDUCATOR", 18m, 0, "+39 055 1"),
            (changed.At("profession").GetString(), changed.At("weeklyHours").GetDecimal(), changed.At("zones").GetArrayLength(), changed.At("contacts", "phone").GetString()));
        Assert.Equal(Iso(Today), left.At("closedOn").GetString());
        Assert.All([hiringForOthers, changingOthers], error => Assert.Equal("ForbiddenError", error.At("__typename").GetString()));
    }

    [Fact]
    public async Task A_body_opens_changes_and_closes_its_family_centre_and_no_other_bodys()
    {
        var world = await CreateAsync(Host);
        var center = new
        {
            zoneId = world.Care.ZoneId, name = "Centro per le famiglie Il Ponte", operatorName = "Cooperativa Il Ponte",
            address = new { municipalityId = world.Care.MunicipalityId, street = "Via del Ponte 2" }, services = new[] { "mediazione familiare" }, minimumAge = 0, maximumAge = 18,
        };

        var opened = await world.Asl.Succeed("openFamilyCenter", "OpenFamilyCenterInput", new { ownerId = world.AslId, center }, "familyCenter", "id services");
        var centerId = opened.At("id").GetString()!;
        var changed = await world.Asl.Succeed("changeFamilyCenter", "ChangeFamilyCenterInput",
            new { familyCenterId = centerId, center = center with { services = new[] { "mediazione familiare", "sostegno alla genitorialità" } } }, "familyCenter", "services");
        var forOthers = await world.Asl.Refused("openFamilyCenter", "OpenFamilyCenterInput", new { ownerId = world.ProviderId, center }, "familyCenter");
        var regionCloses = await world.Region.Succeed("closeFamilyCenter", "CloseFamilyCenterInput", new { familyCenterId = centerId }, "familyCenter", "closedOn");
        var inForce = await world.Care.Client.DataAsync("query($id: ID!) { familyCenters(where: { id: { eq: $id }, closedOn: { isNull: true } }) { totalCount } }", new { id = centerId });

        Assert.Equal(2, changed.At("services").GetArrayLength());
        Assert.Equal("ForbiddenError", forOthers.At("__typename").GetString());
        Assert.Equal(Iso(Today), regionCloses.At("closedOn").GetString());
        Assert.Equal(0, inForce.At("familyCenters", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Region_registers_and_closes_organisations_a_body_renames_itself_and_one_running_structures_stays_open()
    {
        var world = await CreateAsync(Host);

        var registered = await world.Region.Succeed("registerOrganization", "RegisterOrganizationInput",
            new { kind = "PROVIDER", name = "Cooperativa Nuova", taxCode = "01234567890" }, "organization", "id kind");
        var organizationId = registered.At("id").GetString()!;
        var renamed = await world.Asl.Succeed("renameOrganization", "RenameOrganizationInput", new { organizationId = world.AslId, name = "Azienda USL rinominata" }, "organization", "name");
        var renamingOthers = await world.Asl.Refused("renameOrganization", "RenameOrganizationInput", new { organizationId, name = "Altro nome" }, "organization");
        var aslRegisters = await world.Asl.Refused("registerOrganization", "RegisterOrganizationInput", new { kind = "PROVIDER", name = "Cooperativa Abusiva" }, "organization");
        var runningStructures = await world.Region.Refused("closeOrganization", "CloseOrganizationInput", new { organizationId = world.ProviderId }, "organization");
        var closed = await world.Region.Succeed("closeOrganization", "CloseOrganizationInput", new { organizationId }, "organization", "closedOn history { field to }");

        Assert.Equal("PROVIDER", registered.At("kind").GetString());
        Assert.Equal("Azienda USL rinominata", renamed.At("name").GetString());
        Assert.All([renamingOthers, aslRegisters], error => Assert.Equal("ForbiddenError", error.At("__typename").GetString()));
        Assert.Equal("ValidationError", runningStructures.At("__typename").GetString());
        Assert.Contains(closed.At("history").EnumerateArray(), c => c.At("field").GetString() == "closedOn" && c.At("to").GetString() == Iso(Today));
        Assert.Equal(OrganizationKind.Provider, await world.Care.Read(db => db.Organizations.Where(o => o.Id == CareWorld.Key(organizationId)).Select(o => o.Kind).SingleAsync()));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteRegistryMaintenanceTests(HubApiFactory host) : RegistryMaintenanceTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresRegistryMaintenanceTests(PostgresHubApiFactory host) : RegistryMaintenanceTests(host);
