using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Registry.RegistryWorld;

namespace Hub.Api.Tests.Registry;

/// <summary>Issue 15: a comune's officer records the comune's share (quota sociale a carico del comune) on its residents' interventions.</summary>
public abstract class MunicipalShareTests(HubApiHost host) : HubApiTest(host)
{
    private const string Input = "RecordMunicipalShareInput";

    [Fact]
    public async Task A_comunes_officer_records_its_share_on_a_residents_intervention_audited_and_kept_in_its_history()
    {
        var world = await CreateAsync(Host);
        var (_, _, interventionId, _) = await world.Care.ActivePlanAsync();

        var recorded = await world.Comune.Succeed("recordMunicipalShare", Input, new { interventionId, dailyShare = 12.5m }, "intervention",
            "version municipalityShare healthShare history { changedBy field from to }");
        var stale = await world.Comune.Refused("recordMunicipalShare", Input,
            new { interventionId, dailyShare = 10m, expectedVersion = recorded.At("version").GetInt64() - 1 }, "intervention");
        var negative = await world.Comune.Refused("recordMunicipalShare", Input, new { interventionId, dailyShare = -1m }, "intervention");

        Assert.Equal((12.5m, 58.5m), (recorded.At("municipalityShare").GetDecimal(), recorded.At("healthShare").GetDecimal()));
        var change = Assert.Single(recorded.At("history").EnumerateArray());
        Assert.Equal(("comune-officer", "shares.municipality", "0", "12.5"),
            (change.At("changedBy").GetString(), change.At("field").GetString(), change.At("from").GetString(), change.At("to").GetString()));
        Assert.Equal("ConcurrencyError", stale.At("__typename").GetString());
        Assert.Equal(("ValidationError", "municipalityShare"), (negative.At("__typename").GetString(), negative.At("field").GetString()));
        var key = CareWorld.Key(interventionId);
        Assert.True(await world.Care.Read(db => db.AuditEvents.AnyAsync(e => e.Mutation == "recordMunicipalShare" && e.EntityId == key && e.Outcome == AuditOutcome.Success)));
    }

    [Fact]
    public async Task Another_comunes_officer_records_no_share_for_a_non_resident_and_the_refusal_is_audited()
    {
        var world = await CreateAsync(Host);
        var (_, _, interventionId, _) = await world.Care.ActivePlanAsync();

        var refused = await world.OtherComune.Refused("recordMunicipalShare", Input, new { interventionId, dailyShare = 5m }, "intervention");

        // Its row scope hides another comune's residents: not found, as any record out of reach.
        Assert.Equal("NotFoundError", refused.At("__typename").GetString());
        var key = CareWorld.Key(interventionId);
        Assert.Equal(0m, await world.Care.Read(db => db.Interventions.Where(i => i.Id == key).Select(i => i.Shares.Municipality).SingleAsync()));
        Assert.True(await world.Care.Read(db => db.AuditEvents.AnyAsync(e => e.Mutation == "recordMunicipalShare" && e.Subject == "other-comune-officer" && e.Outcome != AuditOutcome.Success)));
    }

    [Fact]
    public async Task A_neighbouring_comune_that_sees_the_zones_cases_pays_no_share_for_a_non_resident()
    {
        var world = await CreateAsync(Host);
        var (_, _, interventionId, _) = await world.Care.ActivePlanAsync();
        var (zone, comune) = (CareWorld.Key(world.Care.ZoneId), CareWorld.Key(world.Care.MunicipalityId));
        var neighbour = await world.Care.Read(db => db.Organizations
            .Where(o => o.Kind == Domain.Organizations.OrganizationKind.Municipality && o.MunicipalityId != comune
                && db.ZoneMemberships.Any(m => m.MunicipalityId == o.MunicipalityId && m.ZoneId == zone && m.ValidTo == null))
            .OrderBy(o => o.Id).Select(o => new { o.Id, Zone = db.Zones.Single(z => z.Id == zone).Code }).FirstAsync());
        // Its social worker's zone shows it the case; its officer's permission still covers only its residents.
        var both = new CareActor(Host.CreateClient(new Api.Access.CallerClaimSet("neighbour", neighbour.Id.ToString(), "MUNICIPALITY",
            ["social-worker", "municipal-officer"], [neighbour.Zone])));

        var refused = await both.Refused("recordMunicipalShare", Input, new { interventionId, dailyShare = 5m }, "intervention");

        Assert.Equal("ForbiddenError", refused.At("__typename").GetString());
        Assert.Contains("not resident in your comune", refused.At("message").GetString(), StringComparison.Ordinal);
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteMunicipalShareTests(HubApiFactory host) : MunicipalShareTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresMunicipalShareTests(PostgresHubApiFactory host) : MunicipalShareTests(host);
