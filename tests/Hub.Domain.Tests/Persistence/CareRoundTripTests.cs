using Hub.Domain.Care;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Tests.Persistence;

public abstract class CareRoundTripTests(IDatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Care_case_round_trips_with_case_manager_and_notes()
    {
        var saved = await ArrangeAsync();

        await using var db = NewContext();
        var actual = await db.CareCases.SingleAsync(c => c.Id == saved.Case.Id, Token);

        FieldAssert.SameFields(saved.Case, actual);
        Assert.Equal((CareCaseStatus.Active, saved.SocialWorker.Id), (actual.Status, actual.CaseManagerId));
    }

    [Fact]
    public async Task Assessment_round_trips_with_scores_and_members()
    {
        var saved = await ArrangeAsync();

        await using var db = NewContext();
        var actual = await db.Assessments.Include(a => a.Members).SingleAsync(a => a.Id == saved.Assessment.Id, Token);

        FieldAssert.SameFields(saved.Assessment, actual);
        Assert.Equal(3, actual.Scores.Count);
        Assert.Equal(new[] { saved.SocialWorker.Id, saved.Nurse.Id }.Order(), actual.Members.Select(m => m.Id).Order());
    }

    [Fact]
    public async Task Care_plan_round_trips_with_interventions_and_cost_shares()
    {
        var saved = await ArrangeAsync();

        await using var db = NewContext();
        var actual = await db.CarePlans.Include(p => p.Interventions).SingleAsync(p => p.Id == saved.Plan.Id, Token);

        FieldAssert.SameFields(saved.Plan, actual);
        FieldAssert.SameFields(saved.Plan.Interventions, actual.Interventions);
        var stay = actual.Interventions.Single(i => i.Kind == InterventionKind.TemporaryResidential);
        Assert.Equal(new CostShares(56.29m, 20m, 38.50m, 0m), stay.Shares);
    }

    [Fact]
    public async Task Admitted_placement_round_trips_and_its_module_keeps_the_place_taken()
    {
        var saved = await ArrangeAsync();

        await using var db = NewContext();
        var placement = await db.Placements.SingleAsync(p => p.Id == saved.Placement.Id, Token);
        var module = await db.StructureModules.SingleAsync(m => m.Id == saved.Module.Id, Token);

        FieldAssert.SameFields(saved.Placement, placement);
        FieldAssert.SameFields(saved.Module, module);
        Assert.Equal((PlacementStatus.Admitted, 1, 29), (placement.Status, module.OccupiedPlaces, module.FreePlaces));
    }

    [Fact]
    public async Task Discharge_request_round_trips_with_its_aids()
    {
        var saved = await ArrangeAsync();

        await using var db = NewContext();
        var actual = await db.DischargeRequests.SingleAsync(d => d.Id == saved.Request.Id, Token);

        FieldAssert.SameFields(saved.Request, actual);
        Assert.Equal(["letto articolato", "sollevatore"], actual.Aids);
    }

    private async Task<CareSample> ArrangeAsync()
    {
        await using var db = NewContext();
        return await CareSample.SaveAsync(db, Token);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCareRoundTripTests(SqliteDatabaseFixture fixture) : CareRoundTripTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCareRoundTripTests(PostgresDatabaseFixture fixture) : CareRoundTripTests(fixture);
