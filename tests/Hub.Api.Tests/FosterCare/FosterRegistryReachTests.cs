using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.FosterCare;

/// <summary>
/// A codice fiscale is no key to a person through the foster registry (red team): a withdrawn family gives the officer no reach to its
/// adults, an adult is a parent in one family at a time, and a resident another service follows out of the officer's sight is refused
/// exactly as an unknown code.
/// </summary>
public abstract class FosterRegistryReachTests(HubApiHost host) : HubApiTest(host)
{
    private const string Node = "query($id: ID!) { node(id: $id) { id } }";

    [Fact]
    public async Task A_withdrawn_family_gives_the_officer_no_reach_to_its_adults()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (parentId, code, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1978, 2, 3));
        var family = await world.FosterCareOfficer.Succeed("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, code), "fosterFamily");
        var whileRegistered = await world.FosterCareOfficer.Client.DataAsync(Node, new { id = parentId });

        await world.FosterCareOfficer.Succeed("withdrawFosterFamily", "WithdrawFosterFamilyInput",
            new { fosterFamilyId = family.At("id").GetString(), expectedVersion = family.At("version").GetInt64() }, "fosterFamily");
        var afterwards = await world.FosterCareOfficer.Client.DataAsync(Node, new { id = parentId });

        Assert.Equal(parentId, whileRegistered.At("node", "id").GetString());
        Assert.Equal(JsonValueKind.Null, afterwards.At("node").ValueKind);
    }

    [Fact]
    public async Task An_adult_is_a_parent_in_one_family_at_a_time_and_in_a_new_one_once_the_first_is_withdrawn()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (_, code, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1977, 6, 7));
        var (_, partner, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1976, 6, 7), female: true);
        var first = await world.FosterCareOfficer.Succeed("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, code), "fosterFamily");

        var second = await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, partner, code), "fosterFamily");
        await world.FosterCareOfficer.Succeed("withdrawFosterFamily", "WithdrawFosterFamilyInput",
            new { fosterFamilyId = first.At("id").GetString(), expectedVersion = first.At("version").GetInt64() }, "fosterFamily");
        await world.FosterCareOfficer.Succeed("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, partner, code), "fosterFamily");

        Assert.Equal(("ValidationError", "parentFiscalCodes"), (second.At("__typename").GetString(), second.At("field").GetString()));
        Assert.Contains("one family at a time", second.At("message").GetString());
    }

    [Fact]
    public async Task A_resident_followed_in_a_case_the_officer_cannot_read_is_refused_as_an_unknown_code_and_stays_out_of_reach()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (followedId, followed, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1970, 9, 9));
        await world.SocialWorker.Succeed("openCase", "OpenCaseInput",
            new { personId = followedId, zoneId = world.ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "SELF" }, "careCase");
        var unknown = Hub.Domain.People.FiscalCode.Compose("NESSUNO", "Mario", Hub.Domain.People.Sex.Male, new DateOnly(1970, 9, 9), "D612").Value;

        var aboutFollowed = await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, followed), "fosterFamily");
        var aboutUnknown = await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, unknown), "fosterFamily");
        var reached = await world.FosterCareOfficer.Client.DataAsync(Node, new { id = followedId });

        Assert.Equal(aboutUnknown.ToString().Replace(unknown, "CF"), aboutFollowed.ToString().Replace(followed, "CF"));
        Assert.Equal(JsonValueKind.Null, reached.At("node").ValueKind);
    }

    [Fact]
    public async Task A_resident_followed_by_a_hospital_or_a_desk_without_a_case_is_refused_as_an_unknown_code()
    {
        // Red team 35, F3: a discharge request under way (or an access request at a desk) with no open case let the officer take him.
        var world = await SocialWorld.CreateAsync(Host);
        var (dischargedId, discharged, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1953, 7, 7));
        await world.Hospital.Succeed("submitDischargeRequest", "SubmitDischargeRequestInput", new
        {
            hospitalId = world.HospitalId, ward = "Medicina interna", admissionReference = $"N{Guid.NewGuid():N}"[..12], fiscalCode = discharged,
            expectedDischargeOn = CareWorld.Today.AddDays(5).ToString("yyyy-MM-dd"), needs = "Non autosufficiente", proposedSetting = "HOME_WITH_CARE",
            idempotencyKey = Guid.NewGuid().ToString(),
        }, "dischargeRequest");
        var (askingId, asking, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1961, 3, 3));
        await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput",
            new { deskId = world.DeskId, requesterKind = "SELF", personId = askingId, serviceId = world.ProfessionalSocialWorkId }, "accessRequest");
        var unknown = Hub.Domain.People.FiscalCode.Compose("NESSUNO", "Mario", Hub.Domain.People.Sex.Male, new DateOnly(1970, 9, 9), "D612").Value;

        var aboutUnknown = Shape(await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, unknown), "fosterFamily"), unknown);
        var aboutDischarged = Shape(await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, discharged), "fosterFamily"), discharged);
        var aboutAsking = Shape(await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, asking), "fosterFamily"), asking);

        Assert.Equal((aboutUnknown, aboutUnknown), (aboutDischarged, aboutAsking));
        Assert.Equal(JsonValueKind.Null, (await world.FosterCareOfficer.Client.DataAsync(Node, new { id = dischargedId })).At("node").ValueKind);
    }

    [Fact]
    public async Task A_parent_of_a_family_of_another_zones_registry_is_refused_as_an_unknown_code_not_by_name()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (_, code, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1979, 4, 4));
        var family = await world.FosterCareOfficer.Succeed("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, code), "fosterFamily");
        // The family passes to another zone's registry (as if registered there): the officer no longer holds it.
        await world.Read(db => db.FosterFamilies.Where(f => f.Id == CareWorld.Key(family.At("id").GetString()!))
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.ZoneId, CareWorld.Key(world.OtherZoneId))));
        var unknown = Hub.Domain.People.FiscalCode.Compose("NESSUNO", "Lia", Hub.Domain.People.Sex.Female, new DateOnly(1979, 4, 4), "D612").Value;

        var aboutParent = await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, code), "fosterFamily");
        var aboutUnknown = await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(world, unknown), "fosterFamily");

        Assert.Equal(Shape(aboutUnknown, unknown), Shape(aboutParent, code));
        Assert.DoesNotContain("one family at a time", aboutParent.At("message").GetString());
    }

    // The refusal without the code it names.
    private static string Shape(JsonElement refusal, string code) => refusal.ToString().Replace(code, "CF", StringComparison.Ordinal);

    private static object Input(SocialWorld world, params string[] codes) => new
    {
        zoneId = world.ZoneId, parentFiscalCodes = codes,
        availability = new { fullTime = true, partTime = false, residential = true, daytime = true, minAge = 0, maxAge = 12, places = 1 },
    };
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteFosterRegistryReachTests(HubApiFactory host) : FosterRegistryReachTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresFosterRegistryReachTests(PostgresHubApiFactory host) : FosterRegistryReachTests(host);
