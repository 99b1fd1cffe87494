using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Audit;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Access;

/// <summary>Issue 10 §4: every write checks its target against the caller, and a refusal tells nothing the caller may not know.</summary>
public abstract class TargetCheckTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Provider_cannot_publish_free_places_on_another_providers_module()
    {
        var world = await CareWorld.CreateAsync(Host);
        var own = await world.Read(db => db.StructureModules.Where(m => m.Id == world.ModuleKey).Select(m => m.Structure!.OperatorOrganizationId).SingleAsync());
        var foreign = await world.Read(db => db.StructureModules.Where(m => m.Structure!.OperatorOrganizationId != own)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.Version, m.PublishedFreePlaces }).FirstAsync());

        var error = await world.Provider.Refused("publishFreePlaces", "PublishFreePlacesInput",
            new { moduleId = GlobalId.Encode("StructureModule", foreign.Id), freePlaces = 0 }, "module");

        Assert.Equal("ForbiddenError", error.At("__typename").GetString());
        Assert.Equal(foreign.Version, await world.Read(db => db.StructureModules.Where(m => m.Id == foreign.Id).Select(m => m.Version).SingleAsync()));
    }

    [Fact]
    public async Task Social_worker_cannot_open_a_case_in_a_zone_they_do_not_serve()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, _) = await world.RegisterPersonAsync();
        var elsewhere = await world.Read(db => db.Zones.Where(z => z.Id != CareWorld.Key(world.ZoneId)).OrderBy(z => z.Code).Select(z => z.Id).FirstAsync());

        var error = await world.SocialWorker.Refused("openCase", "OpenCaseInput",
            new { personId, zoneId = GlobalId.Encode("Zone", elsewhere), area = "NON_SELF_SUFFICIENCY", accessChannel = "SOCIAL_SERVICE" }, "careCase");

        Assert.Equal("ForbiddenError", error.At("__typename").GetString());
        Assert.Equal(0, await world.Read(db => db.CareCases.CountAsync(c => c.PersonId == CareWorld.Key(personId))));
    }

    [Fact]
    public async Task Registering_a_fiscal_code_known_outside_the_callers_scope_answers_as_for_any_known_code_and_is_audited()
    {
        var world = await CareWorld.CreateAsync(Host);
        var zone = CareWorld.Key(world.ZoneId);
        var (_, visibleCode) = await world.RegisterPersonAsync();
        var hidden = await world.Read(db => db.Persons
            .Where(p => !db.ZoneMemberships.Any(m => m.ZoneId == zone && m.MunicipalityId == p.Residence.MunicipalityId) && !db.DischargeRequests.Any(d => d.PersonId == p.Id))
            .OrderBy(p => p.Identifier).FirstAsync());
        var visible = await world.Read(db => db.Persons.SingleAsync(p => p.Identifier == visibleCode));

        var hiddenError = await RegisterAgainAsync(world, hidden);
        var visibleError = await RegisterAgainAsync(world, visible);

        Assert.Equal(("ValidationError", "fiscalCode"), (hiddenError.At("__typename").GetString(), hiddenError.At("field").GetString()));
        Assert.Equal(visibleError.At("message").GetString(), hiddenError.At("message").GetString());
        Assert.DoesNotContain(hidden.Identifier, hiddenError.At("message").GetString(), StringComparison.OrdinalIgnoreCase);
        // The attempt is in the trail of the person whose code it was, with the outcome.
        Assert.True(await world.Read(db => db.AuditEvents.AnyAsync(e => e.Mutation == "registerPerson" && e.Outcome == AuditOutcome.Failed && e.PersonId == hidden.Id)));
    }

    [Fact]
    public async Task Idempotency_keys_of_two_organisations_with_the_same_subject_do_not_collide()
    {
        var world = await CareWorld.CreateAsync(Host);
        var own = await world.Read(db => db.StructureModules.Where(m => m.Id == world.ModuleKey).Select(m => m.Structure!.OperatorOrganizationId).SingleAsync());
        var other = await world.Read(db => db.StructureModules.Where(m => m.Structure!.OperatorOrganizationId != own && m.ContractedPlaces > m.OccupiedPlaces)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.Structure!.OperatorOrganizationId, m.Structure.RegionalCode }).FirstAsync());
        var otherProvider = new CareActor(Host.CreateClient(TestCallers.ProviderOperator(other.OperatorOrganizationId, other.RegionalCode)));
        var key = Guid.NewGuid().ToString();

        var first = await world.Provider.Succeed("publishFreePlaces", "PublishFreePlacesInput", new { moduleId = world.ModuleId, freePlaces = 1, idempotencyKey = key }, "module", "id");
        var second = await otherProvider.Succeed("publishFreePlaces", "PublishFreePlacesInput",
            new { moduleId = GlobalId.Encode("StructureModule", other.Id), freePlaces = 1, idempotencyKey = key }, "module", "id");

        Assert.Equal(world.ModuleId, first.At("id").GetString());
        Assert.Equal(GlobalId.Encode("StructureModule", other.Id), second.At("id").GetString());
    }

    private static Task<System.Text.Json.JsonElement> RegisterAgainAsync(CareWorld world, Hub.Domain.People.Person person) =>
        world.SocialWorker.Refused("registerPerson", "RegisterPersonInput", new
        {
            fiscalCode = person.Identifier, firstName = person.FirstName, lastName = person.LastName, sex = person.Sex.ToString().ToUpperInvariant(),
            birthDate = person.BirthDate.ToString("yyyy-MM-dd"), birthPlaceCode = person.BirthPlaceCode, residence = new { municipalityId = world.MunicipalityId },
        }, "person");
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteTargetCheckTests(HubApiFactory host) : TargetCheckTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresTargetCheckTests(PostgresHubApiFactory host) : TargetCheckTests(host);
