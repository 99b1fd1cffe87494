using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.FosterCare;

/// <summary>Who learns of an affido and whose audit trail shows it: the hospital nothing, the foster parents' and the minor's trails everything.</summary>
public abstract class FosterCareAccessTests(HubApiHost host) : HubApiTest(host)
{
    private static string Day(int offset) => FosterCareTests.Day(offset);

    [Fact]
    public async Task A_hospital_naming_a_child_in_foster_care_learns_nothing_of_the_affido()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (caseId, _) = await AffidoAsync(world);
        var key = CareWorld.Key(caseId);
        var code = await world.Read(db => db.CareCases.Where(c => c.Id == key).Select(c => db.Persons.Single(p => p.Id == c.PersonId).Identifier).SingleAsync());

        var looked = await world.Hospital.Client.DataAsync("query($cf: String!) { person(fiscalCode: $cf) { id placements { kind } } }", new { cf = code });

        Assert.Equal(JsonValueKind.Object, looked.At("person").ValueKind);
        Assert.Empty(looked.At("person", "placements").EnumerateArray());
    }

    [Fact]
    public async Task A_judicial_affidos_basis_is_read_by_its_officer_and_its_decree_only_with_the_judicial_clearance()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (_, placementId) = await AffidoAsync(world, judicial: true);
        const string Terms = "query($id: ID!) { node(id: $id) { ... on Placement { fosterCare { basis courtMeasure { id } } } } }";

        var byOfficer = await world.FosterCareOfficer.Client.QueryAsync(Terms, new { id = placementId });
        var byWorker = await world.ChildProtectionWorker.Client.DataAsync(Terms, new { id = placementId });

        Assert.Equal(("JUDICIAL", JsonValueKind.Null), (byOfficer.At("data", "node", "fosterCare", "basis").GetString(), byOfficer.At("data", "node", "fosterCare", "courtMeasure").ValueKind));
        Assert.Equal("FORBIDDEN", byOfficer.At("errors")[0].At("extensions", "code").GetString());
        Assert.Equal(JsonValueKind.String, byWorker.At("node", "fosterCare", "courtMeasure", "id").ValueKind);
    }

    [Fact]
    public async Task A_foster_familys_registration_and_an_affidos_review_are_in_the_audit_trail_of_each_person_they_are_about()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (caseId, placementId) = await AffidoAsync(world);
        var family = await world.Read(db => db.Placements.Where(p => p.Id == CareWorld.Key(placementId)).Select(p => p.FosterFamilyId!.Value).SingleAsync());
        await world.ChildProtectionWorker.Succeed("reviewFosterCare", "ReviewFosterCareInput",
            new { placementId, outcome = "Buon inserimento.", nextReviewOn = CareWorld.Today.AddMonths(6).ToString("yyyy-MM-dd") }, "fosterCareReview", "reviewedOn");

        var parents = await world.Read(db => db.FosterFamilies.Where(f => f.Id == family).SelectMany(f => f.Parents.Select(p => p.PersonId)).ToListAsync());
        var registered = await world.Read(db => db.AuditEvents.Where(e => e.Mutation == "registerFosterFamily" && e.EntityId == family).Select(e => e.PersonId).ToListAsync());
        var minor = await world.Read(db => db.CareCases.Where(c => c.Id == CareWorld.Key(caseId)).Select(c => c.PersonId).SingleAsync());
        var reviewed = await world.Read(db => db.AuditEvents.CountAsync(e => e.Mutation == "reviewFosterCare" && e.PersonId == minor));

        Assert.Equal(2, parents.Count);
        Assert.Equal(parents.Order(), registered.OfType<Guid>().Order());
        Assert.Equal(1, reviewed);
    }

    [Fact]
    public async Task An_affido_starts_for_a_minor_of_the_zones_case_who_lives_in_another_zone()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await FosterCareTests.MinorCaseAsync(world);
        var key = CareWorld.Key(caseId);
        var minor = await world.Read(db => db.CareCases.Where(c => c.Id == key).Select(c => c.PersonId).SingleAsync());
        await world.ChildProtectionWorker.Succeed("moveResidence", "MoveResidenceInput",
            new { personId = Hub.Api.GraphQL.Relay.GlobalId.Encode("Person", minor), residence = new { municipalityId = world.ForeignComuneId, street = "Via Lontana 3" } }, "person");
        var interventionId = await FosterCareTests.FosterCareInterventionAsync(world, caseId);
        var familyId = await FosterCareTests.SuitableFamilyAsync(world);

        var affido = await world.FosterCareOfficer.Succeed("startFosterCare", "StartFosterCareInput", Terms(interventionId, familyId), "placement", "status");

        Assert.Equal("ADMITTED", affido.At("status").GetString());
    }

    private static object Terms(string interventionId, string familyId, string? courtMeasureId = null) => new
    {
        interventionId, fosterFamilyId = familyId, basis = courtMeasureId is null ? "CONSENSUAL" : "JUDICIAL", relation = "INTRA_FAMILIAL", schedule = "FULL_TIME",
        setting = "RESIDENTIAL", courtMeasureId, startsOn = Day(-1), plannedEndOn = Day(300),
    };

    /// <summary>An affido in course for a new minor's case: consensual, or judicial on a court measure of the case.</summary>
    private static async Task<(string CaseId, string PlacementId)> AffidoAsync(SocialWorld world, bool judicial = false)
    {
        var caseId = await FosterCareTests.MinorCaseAsync(world);
        var interventionId = await FosterCareTests.FosterCareInterventionAsync(world, caseId);
        var familyId = await FosterCareTests.SuitableFamilyAsync(world);
        string? measureId = null;
        if (judicial)
            measureId = (await world.ChildProtectionWorker.Succeed("recordCourtMeasure", "RecordCourtMeasureInput", new
            {
                careCaseId = caseId, authority = "JUVENILE_COURT", kind = "ENTRUSTMENT_TO_SOCIAL_SERVICE", decreeReference = "R.G. 7/2026 V.G.", decreedOn = Day(-7),
            }, "courtMeasure")).At("id").GetString();
        var affido = await world.FosterCareOfficer.Succeed("startFosterCare", "StartFosterCareInput", Terms(interventionId, familyId, measureId), "placement", "id");
        return (caseId, affido.At("id").GetString()!);
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteFosterCareAccessTests(HubApiFactory host) : FosterCareAccessTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresFosterCareAccessTests(PostgresHubApiFactory host) : FosterCareAccessTests(host);
