using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.FosterCare;

/// <summary>
/// A foster family's household recorded anew (issue 17): the family moved, or its household was recorded wrong. The zone's
/// foster-care officer changes it to a household one of the family's adults belongs to; a stranger's is refused; the change is
/// audited once per foster parent.
/// </summary>
public abstract class FosterFamilyHouseholdTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task The_officer_records_the_household_the_family_moved_to_and_a_stranger_s_household_is_refused()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var head = await world.RegisterResidentAsync(birthDate: new DateOnly(1979, 5, 2));
        var headCode = await world.Read(db => db.Persons.Where(p => p.Id == CareWorld.Key(head)).Select(p => p.Identifier).SingleAsync());
        var stranger = await world.RegisterResidentAsync(birthDate: new DateOnly(1975, 1, 9));
        var strangers = (await world.SocialWorker.Succeed("createHousehold", "CreateHouseholdInput", new { headPersonId = stranger }, "household")).At("id").GetString();
        var family = (await world.FosterCareOfficer.Succeed("registerFosterFamily", "RegisterFosterFamilyInput", new
        {
            zoneId = world.ZoneId, parentFiscalCodes = new[] { headCode },
            availability = new { fullTime = true, partTime = false, residential = true, daytime = true, minAge = 0, maxAge = 12, places = 1 },
        }, "fosterFamily")).At("id").GetString()!;
        var household = (await world.SocialWorker.Succeed("createHousehold", "CreateHouseholdInput", new { headPersonId = head }, "household")).At("id").GetString();

        var changed = await world.FosterCareOfficer.Succeed("changeFosterFamilyHousehold", "ChangeFosterFamilyHouseholdInput",
            new { fosterFamilyId = family, householdId = household }, "fosterFamily", "id household { id }");
        var refused = await world.FosterCareOfficer.Refused("changeFosterFamilyHousehold", "ChangeFosterFamilyHouseholdInput",
            new { fosterFamilyId = family, householdId = strangers }, "fosterFamily");
        var byWorker = await world.SocialWorker.Client.QueryAsync("mutation($input: ChangeFosterFamilyHouseholdInput!) { changeFosterFamilyHousehold(input: $input) { fosterFamily { id } } }",
            new { input = new { fosterFamilyId = family, householdId = (string?)null } });

        Assert.Equal(household, changed.At("household", "id").GetString());
        Assert.Equal(("ValidationError", "householdId"), (refused.At("__typename").GetString(), refused.At("field").GetString()));
        Assert.Equal("FORBIDDEN", byWorker.At("errors")[0].At("extensions", "code").GetString());
        Assert.Equal(CareWorld.Key(household!), await world.Read(db => db.FosterFamilies.Where(f => f.Id == CareWorld.Key(family)).Select(f => f.HouseholdId).SingleAsync()));
        Assert.Equal([CareWorld.Key(head)], await world.Read(db => db.AuditEvents.Where(e => e.Mutation == "changeFosterFamilyHousehold" && e.EntityId == CareWorld.Key(family)
            && e.Outcome == Hub.Domain.Audit.AuditOutcome.Success).Select(e => e.PersonId!.Value).ToListAsync()));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteFosterFamilyHouseholdTests(HubApiFactory host) : FosterFamilyHouseholdTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresFosterFamilyHouseholdTests(PostgresHubApiFactory host) : FosterFamilyHouseholdTests(host);
