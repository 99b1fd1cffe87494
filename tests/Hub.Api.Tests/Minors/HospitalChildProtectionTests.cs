using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Minors;

/// <summary>
/// A hospital naming a child learns nothing of the child's protection case (red team): the case manager and the plan of a
/// MINORS_FAMILIES case are no part of a discharge's summary, while those of the child's other cases, and an adult's, still are.
/// </summary>
public abstract class HospitalChildProtectionTests(HubApiHost host) : HubApiTest(host)
{
    private const string Lookup = "query($cf: String!) { person(fiscalCode: $cf) { id caseManager { id } activeCarePlan { id } } }";

    [Fact]
    public async Task A_hospital_naming_a_child_sees_neither_the_case_manager_nor_the_plan_of_the_childs_protection_case()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var child = await ChildProtectionTests.RegisterAsync(world, age: 10);
        await CaseWithManagerAndPlanAsync(world, child, "MINORS_FAMILIES");
        var code = await world.Read(db => db.Persons.Where(p => p.Id == CareWorld.Key(child)).Select(p => p.Identifier).SingleAsync());

        var looked = await world.Hospital.Client.DataAsync(Lookup, new { cf = code });

        Assert.Equal(child, looked.At("person", "id").GetString());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (looked.At("person", "caseManager").ValueKind, looked.At("person", "activeCarePlan").ValueKind));
    }

    [Fact]
    public async Task A_hospital_naming_an_adult_still_sees_the_case_manager_and_the_plan_a_discharge_needs()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (adult, code, _) = await world.RegisterCodedResidentAsync(birthDate: new DateOnly(1940, 4, 5));
        await CaseWithManagerAndPlanAsync(world, adult, "NON_SELF_SUFFICIENCY");

        var looked = await world.Hospital.Client.DataAsync(Lookup, new { cf = code });

        Assert.Equal(world.SocialWorkerId, looked.At("person", "caseManager", "id").GetString());
        Assert.Equal(JsonValueKind.String, looked.At("person", "activeCarePlan", "id").ValueKind);
    }

    // A case of the area with its case manager and an active plan, by the worker of the area (child protection for minors).
    private static async Task CaseWithManagerAndPlanAsync(SocialWorld world, string personId, string area)
    {
        var worker = area == "MINORS_FAMILIES" ? world.ChildProtectionWorker : world.SocialWorker;
        var caseId = (await worker.Succeed("openCase", "OpenCaseInput",
            new { personId, zoneId = world.ZoneId, area, accessChannel = "SOCIAL_SERVICE" }, "careCase")).At("id").GetString()!;
        await worker.Succeed("assignCaseManager", "AssignCaseManagerInput", new { careCaseId = caseId, staffMemberId = world.SocialWorkerId }, "careCase");
        await worker.Succeed("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId }, "careCase");
        var assessmentId = (await worker.Succeed("recordAssessment", "RecordAssessmentInput", new
        {
            careCaseId = caseId, kind = "FIRST", instrument = "UVM", careNeedLevel = 3, rulesetVersion = "RT-2024",
            scores = new[] { new { domain = "family", score = 2m } }, memberIds = new[] { world.SocialWorkerId },
        }, "assessment")).At("id").GetString()!;
        var planId = (await worker.Succeed("draftCarePlan", "DraftCarePlanInput", new { careCaseId = caseId, type = "PAP", goals = "Sostegno" }, "carePlan")).At("id").GetString()!;
        await worker.Succeed("addIntervention", "AddInterventionInput", new
        {
            carePlanId = planId,
            intervention = new { kind = "HOME_CARE_DIRECT", serviceId = world.ProfessionalSocialWorkId, startsOn = CareWorld.Today.AddDays(-30).ToString("yyyy-MM-dd"), socialShare = 10m },
        }, "carePlan");
        await worker.Succeed("proposeCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan");
        await worker.Succeed("activateCarePlan", "ActivateCarePlanInput",
            new { carePlanId = planId, assessmentId, signedBy = "Dott.ssa Rossi", reviewDue = CareWorld.Today.AddMonths(6).ToString("yyyy-MM-dd") }, "carePlan");
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteHospitalChildProtectionTests(HubApiFactory host) : HospitalChildProtectionTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresHospitalChildProtectionTests(PostgresHubApiFactory host) : HospitalChildProtectionTests(host);
