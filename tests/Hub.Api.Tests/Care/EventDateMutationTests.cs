using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Care;

/// <summary>The examples of dates the domain would never accept, refused as ValidationError naming the field.</summary>
public abstract class EventDateMutationTests(HubApiHost host)
{
    [Fact]
    public async Task An_absence_since_1900_for_a_guest_admitted_today_is_refused()
    {
        var world = await CareWorld.CreateAsync(host);
        var placementId = await world.ConfirmedPlacementAsync((await world.ActivePlanAsync()).InterventionId);
        await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId }, "placement");

        var error = await world.Provider.Refused("recordAbsence", "RecordAbsenceInput", new { placementId, since = "1900-01-01" }, "placement");

        Assert.Equal(("ValidationError", "absentSince"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }

    [Fact]
    public async Task An_admission_in_the_future_is_refused()
    {
        var world = await CareWorld.CreateAsync(host);
        var placementId = await world.ConfirmedPlacementAsync((await world.ActivePlanAsync()).InterventionId);

        var error = await world.Provider.Refused("admitPlacement", "AdmitPlacementInput",
            new { placementId, admittedOn = CareWorld.Today.AddDays(3).ToString("yyyy-MM-dd") }, "placement");

        Assert.Equal(("ValidationError", "admittedOn"), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Equal(2, await world.FreePlacesAsync());
    }

    [Fact]
    public async Task A_case_closed_in_2199_is_refused()
    {
        var world = await CareWorld.CreateAsync(host);
        var (caseId, _, _, _) = await world.ActivePlanAsync();

        var error = await world.SocialWorker.Refused("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET", closedOn = "2199-12-31" }, "careCase");

        Assert.Equal(("ValidationError", "closedOn"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteEventDateMutationTests(HubApiFactory host) : EventDateMutationTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresEventDateMutationTests(PostgresHubApiFactory host) : EventDateMutationTests(host);
