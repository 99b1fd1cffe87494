using System.Text.Json;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Minors;
using Hub.Api.Tests.SocialRecord;
using Hub.Domain.Common;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Families;

/// <summary>
/// Referrals to the Centri per le famiglie (issue 17): a zone's social workers refer children for a service the centre offers and
/// record what came of it; the zone's figures count them by centre, service and outcome, with no personal data and small cells suppressed.
/// </summary>
public abstract class FamilyCenterReferralTests(HubApiHost host) : HubApiTest(host)
{
    private const string Use = "query($day: DateOnly!, $zone: ID) { familyCenterUse(from: $day, to: $day, zone: $zone) { familyCenter { id } service outcome referrals suppressed } }";

    [Fact]
    public async Task A_social_worker_refers_a_child_and_records_that_the_centre_took_the_family_in_charge()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (centre, services) = await CentreOfZoneAsync(world);
        var child = await ChildProtectionTests.RegisterAsync(world, age: 8);

        var referral = await world.SocialWorker.Succeed("referToFamilyCenter", "ReferToFamilyCenterInput",
            new { familyCenterId = centre, childId = child, service = services[0], reason = "Conflitto genitoriale dopo la separazione" }, "referral", "id version outcome");
        var taken = await world.SocialWorker.Succeed("recordReferralOutcome", "RecordReferralOutcomeInput",
            new { referralId = referral.At("id").GetString(), outcome = "TAKEN_IN_CHARGE", expectedVersion = referral.At("version").GetInt64() }, "referral", "outcome outcomeOn child { id } familyCenter { id }");

        Assert.Equal("REFERRED", referral.At("outcome").GetString());
        Assert.Equal(("TAKEN_IN_CHARGE", CareWorld.Today.ToString("yyyy-MM-dd"), child, centre),
            (taken.At("outcome").GetString(), taken.At("outcomeOn").GetString(), taken.At("child", "id").GetString(), taken.At("familyCenter", "id").GetString()));
        var listed = await world.SocialWorker.Client.DataAsync("{ familyCenterReferrals(first: 50, where: { outcome: { eq: TAKEN_IN_CHARGE } }) { nodes { id } } }");
        Assert.Contains(referral.At("id").GetString(), listed.At("familyCenterReferrals", "nodes").EnumerateArray().Select(n => n.At("id").GetString()));
        var other = await world.OtherZoneWorker.Client.DataAsync("{ familyCenterReferrals(first: 50) { nodes { id } } }");
        Assert.DoesNotContain(referral.At("id").GetString(), other.At("familyCenterReferrals", "nodes").EnumerateArray().Select(n => n.At("id").GetString()));
    }

    [Fact]
    public async Task A_refused_outcome_names_the_outcomes_that_may_follow_the_current_one()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (centre, services) = await CentreOfZoneAsync(world);
        var child = await ChildProtectionTests.RegisterAsync(world, age: 8);
        var referral = await world.SocialWorker.Succeed("referToFamilyCenter", "ReferToFamilyCenterInput",
            new { familyCenterId = centre, childId = child, service = services[0] }, "referral", "id");
        object Outcome(string outcome) => new { referralId = referral.At("id").GetString(), outcome };
        await world.SocialWorker.Succeed("recordReferralOutcome", "RecordReferralOutcomeInput", Outcome("ACCEPTED"), "referral", "outcome");

        var again = await world.SocialWorker.Refused("recordReferralOutcome", "RecordReferralOutcomeInput", Outcome("ACCEPTED"), "referral");
        await world.SocialWorker.Succeed("recordReferralOutcome", "RecordReferralOutcomeInput", Outcome("CONCLUDED"), "referral", "outcome");
        var afterEnd = await world.SocialWorker.Refused("recordReferralOutcome", "RecordReferralOutcomeInput", Outcome("DECLINED"), "referral");

        Assert.Equal(("InvalidTransitionError", "ACCEPTED"), (again.At("__typename").GetString(), again.At("from").GetString()));
        Assert.Equal(["TAKEN_IN_CHARGE", "CONCLUDED", "DECLINED"], again.At("nextStates").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["recordReferralOutcome"], again.At("allowedMutations").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("recordReferralOutcome, to TAKEN_IN_CHARGE or CONCLUDED or DECLINED", again.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal((0, "CONCLUDED"), (afterEnd.At("nextStates").GetArrayLength(), afterEnd.At("from").GetString()));
        Assert.Contains("no mutation changes it", afterEnd.At("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referral_to_a_centre_that_does_not_exist_or_for_a_service_it_does_not_offer_is_refused_and_nothing_is_written()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (centre, _) = await CentreOfZoneAsync(world);
        var child = await ChildProtectionTests.RegisterAsync(world, age: 6);
        var before = await world.Read(db => db.FamilyCenterReferrals.CountAsync());

        var missing = await world.SocialWorker.Refused("referToFamilyCenter", "ReferToFamilyCenterInput",
            new { familyCenterId = GlobalId.Encode("FamilyCenter", Guid.NewGuid()), childId = child, service = "mediazione familiare" }, "referral");
        var notOffered = await world.SocialWorker.Refused("referToFamilyCenter", "ReferToFamilyCenterInput",
            new { familyCenterId = centre, childId = child, service = "un servizio che non c'è" }, "referral");
        var nobody = await world.SocialWorker.Refused("referToFamilyCenter", "ReferToFamilyCenterInput",
            new { familyCenterId = centre, service = "un servizio che non c'è" }, "referral");

        Assert.Equal("NotFoundError", missing.At("__typename").GetString());
        Assert.Equal(("ValidationError", "service"), (notOffered.At("__typename").GetString(), notOffered.At("field").GetString()));
        Assert.Equal(("ValidationError", "householdId"), (nobody.At("__typename").GetString(), nobody.At("field").GetString()));
        Assert.Equal(before, await world.Read(db => db.FamilyCenterReferrals.CountAsync()));
    }

    [Fact]
    public async Task A_centre_of_another_zone_is_forbidden_and_a_provider_may_not_refer()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (centre, services) = await CentreOfZoneAsync(world);
        var child = await ChildProtectionTests.RegisterAsync(world, age: 6);

        var otherZone = await world.OtherZoneWorker.Refused("referToFamilyCenter", "ReferToFamilyCenterInput",
            new { familyCenterId = centre, service = services[0] }, "referral");
        var provider = await world.Provider.Client.QueryAsync("mutation($input: ReferToFamilyCenterInput!) { referToFamilyCenter(input: $input) { referral { id } } }",
            new { input = new { familyCenterId = centre, childId = child, service = services[0] } });

        Assert.Equal("ForbiddenError", otherZone.At("__typename").GetString());
        Assert.Equal("FORBIDDEN", provider.At("errors")[0].At("extensions", "code").GetString());
    }

    [Fact]
    public async Task The_zones_figures_count_referrals_by_centre_service_and_outcome_and_suppress_small_cells()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (centre, services) = await CentreOfZoneAsync(world);
        var day = CareWorld.Today.AddDays(-3);
        for (var i = 0; i < 5; i++)
            await ReferAsync(world, centre, services[0], day);
        await ReferAsync(world, centre, services[1], day);

        var figures = (await world.SocialWorker.Client.DataAsync(Use, new { day = day.ToString("yyyy-MM-dd"), zone = world.ZoneId })).At("familyCenterUse").EnumerateArray()
            .Where(f => f.At("familyCenter", "id").GetString() == centre).ToList();
        var outsider = await world.OtherZoneWorker.Client.DataAsync(Use, new { day = day.ToString("yyyy-MM-dd"), zone = world.ZoneId });
        var analyst = (await Host.CreateClient(TestCallers.Analyst).DataAsync(Use, new { day = day.ToString("yyyy-MM-dd"), zone = world.ZoneId })).At("familyCenterUse")
            .EnumerateArray().Where(f => f.At("familyCenter", "id").GetString() == centre).ToList();
        var provider = await world.Provider.Client.QueryAsync(Use, new { day = day.ToString("yyyy-MM-dd"), zone = world.ZoneId });

        var shown = Assert.Single(figures, f => f.At("service").GetString() == services[0]);
        var small = Assert.Single(figures, f => f.At("service").GetString() == services[1]);
        Assert.Equal(("REFERRED", 5, false), (shown.At("outcome").GetString(), shown.At("referrals").GetInt32(), shown.At("suppressed").GetBoolean()));
        Assert.Equal((JsonValueKind.Null, true), (small.At("referrals").ValueKind, small.At("suppressed").GetBoolean()));
        Assert.Equal(0, outsider.At("familyCenterUse").GetArrayLength());
        Assert.Equal(5, Assert.Single(analyst, f => f.At("service").GetString() == services[0]).At("referrals").GetInt32());
        Assert.Equal("FORBIDDEN", provider.At("errors")[0].At("extensions", "code").GetString());
    }

    private static async Task ReferAsync(SocialWorld world, string centre, string service, DateOnly day)
    {
        var child = await ChildProtectionTests.RegisterAsync(world, age: 10);
        await world.SocialWorker.Succeed("referToFamilyCenter", "ReferToFamilyCenterInput",
            new { familyCenterId = centre, childId = child, service, referredOn = day.ToString("yyyy-MM-dd") }, "referral");
    }

    /// <summary>A new centre of the world's zone (not every zone has one in the demo data), with the two services it offers.</summary>
    private static Task<(string Id, string[] Services)> CentreOfZoneAsync(SocialWorld world) => world.Read(async db =>
    {
        var centre = new FamilyCenter(CareWorld.Key(world.ZoneId), $"Centro per le famiglie di prova {Guid.NewGuid():N}"[..40], "Cooperativa di prova",
            new Address(CareWorld.Key(world.ComuneId), "Via delle Famiglie 1", "50100"));
        string[] services = ["mediazione familiare", "sostegno alla genitorialità"];
        centre.Offer(services, 0, 17);
        db.FamilyCenters.Add(centre);
        await db.SaveChangesAsync();
        return (GlobalId.Encode("FamilyCenter", centre.Id), services);
    });
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteFamilyCenterReferralTests(HubApiFactory host) : FamilyCenterReferralTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresFamilyCenterReferralTests(PostgresHubApiFactory host) : FamilyCenterReferralTests(host);
