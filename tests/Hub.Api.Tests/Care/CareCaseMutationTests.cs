using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Care;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Care;

public abstract class CareCaseMutationTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Case_moves_through_assessment_suspension_resumption_and_closure()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (caseId, planId, _, _) = await world.ActivePlanAsync();

        var suspended = await world.SocialWorker.Succeed("suspendCase", "CaseActionInput", new { careCaseId = caseId }, "careCase", "status");
        var resumed = await world.SocialWorker.Succeed("resumeCase", "CaseActionInput", new { careCaseId = caseId }, "careCase", "status");
        // A case closes once its plan in force has ended (PlanReviewTests has the refusal).
        await world.SocialWorker.Succeed("completeCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan");
        var closed = await world.SocialWorker.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase", "status closureReason closedOn");

        Assert.Equal(["SUSPENDED", "ACTIVE", "CLOSED"], new[] { suspended, resumed, closed }.Select(c => c.At("status").GetString()));
        Assert.Equal("GOALS_MET", closed.At("closureReason").GetString());
        var stored = await world.Read(db => db.CareCases.SingleAsync(c => c.Id == CareWorld.Key(caseId)));
        Assert.Equal((CareCaseStatus.Closed, ClosureReason.GoalsMet), (stored.Status, stored.ClosureReason));
    }

    [Fact]
    public async Task Suspending_a_referred_case_is_an_invalid_transition_in_the_schemas_words_with_what_is_allowed()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, _) = await world.RegisterPersonAsync();
        var caseId = (await world.SocialWorker.Succeed("openCase", "OpenCaseInput",
            new { personId, zoneId = world.ZoneId, area = "DISABILITY", accessChannel = "GENERAL_PRACTITIONER" }, "careCase")).At("id").GetString()!;

        var error = await world.SocialWorker.Refused("suspendCase", "CaseActionInput", new { careCaseId = caseId }, "careCase");

        Assert.Equal("InvalidTransitionError", error.At("__typename").GetString());
        Assert.Equal(("CareCase", "REFERRED", "SUSPENDED", "suspend"),
            (error.At("entity").GetString(), error.At("from").GetString(), error.At("to").GetString(), error.At("action").GetString()));
        Assert.Equal(["startCaseAssessment", "closeCase", "cancelCase"], error.At("allowedMutations").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("allowed from REFERRED: startCaseAssessment, closeCase, cancelCase", error.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(CareCaseStatus.Referred, await world.Read(db => db.CareCases.Where(c => c.Id == CareWorld.Key(caseId)).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_concurrency_error_and_changes_nothing()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, _) = await world.RegisterPersonAsync();
        var opened = await world.SocialWorker.Succeed("openCase", "OpenCaseInput",
            new { personId, zoneId = world.ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "ACCESS_POINT" }, "careCase");
        var (caseId, read) = (opened.At("id").GetString()!, opened.At("version").GetInt64());
        var assigned = await world.SocialWorker.Succeed("assignCaseManager", "AssignCaseManagerInput", new { careCaseId = caseId, staffMemberId = world.SocialWorkerId, expectedVersion = read }, "careCase");

        var error = await world.SocialWorker.Refused("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId, expectedVersion = read }, "careCase");

        Assert.Equal("ConcurrencyError", error.At("__typename").GetString());
        Assert.Equal((read, assigned.At("version").GetInt64()), (error.At("expectedVersion").GetInt64(), error.At("actualVersion").GetInt64()));
        Assert.Equal(caseId, error.At("objectId").GetString());
        Assert.Contains(caseId, error.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(CareCaseStatus.Referred, await world.Read(db => db.CareCases.Where(c => c.Id == CareWorld.Key(caseId)).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_unknown_id_is_a_not_found_error()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, _) = await world.RegisterPersonAsync();
        var unknownZone = GlobalId.Encode("Zone", Guid.NewGuid());

        var unknown = await world.SocialWorker.Refused("openCase", "OpenCaseInput", new { personId, zoneId = unknownZone, area = "DISABILITY", accessChannel = "SELF" }, "careCase");

        Assert.Equal(("NotFoundError", unknownZone), (unknown.At("__typename").GetString(), unknown.At("id").GetString()));
    }

    [Fact]
    public async Task An_id_of_another_type_is_an_invalid_id_as_in_queries()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, _) = await world.RegisterPersonAsync();

        var body = await world.SocialWorker.Client.QueryAsync("mutation($input: OpenCaseInput!) { openCase(input: $input) { careCase { id } } }",
            new { input = new { personId, zoneId = personId, area = "DISABILITY", accessChannel = "SELF" } });

        Assert.Equal("INVALID_ID", body.At("errors")[0].At("extensions", "code").GetString());
        Assert.Contains("is not the id of a Zone", body.At("errors")[0].At("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_is_not_activated_on_the_assessment_of_another_case()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, planId, _, _) = await world.ActivePlanAsync();
        var other = await world.ActivePlanAsync();
        var revision = (await world.SocialWorker.Succeed("reviseCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan", "id revision status")).At("id").GetString()!;
        await world.SocialWorker.Succeed("proposeCarePlan", "CarePlanActionInput", new { carePlanId = revision }, "carePlan");
        var foreignAssessment = await world.Read(db => db.Assessments.Where(a => a.CareCaseId == CareWorld.Key(other.CaseId)).Select(a => a.Id).SingleAsync());

        var error = await world.SocialWorker.Refused("activateCarePlan", "ActivateCarePlanInput", new
        {
            carePlanId = revision, assessmentId = GlobalId.Encode("Assessment", foreignAssessment), signedBy = "X", reviewDue = CareWorld.Today.AddMonths(3).ToString("yyyy-MM-dd"),
        }, "carePlan");

        Assert.Equal(("ValidationError", "assessmentId"), (error.At("__typename").GetString(), error.At("field").GetString()));
        var statuses = await world.Read(db => db.CarePlans.Where(p => p.Id == CareWorld.Key(planId) || p.Id == CareWorld.Key(revision)).OrderBy(p => p.Revision).Select(p => p.Status).ToListAsync());
        Assert.Equal([CarePlanStatus.Active, CarePlanStatus.Proposed], statuses);
    }

    [Fact]
    public async Task Activating_a_revision_supersedes_the_previous_version()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (caseId, planId, _, _) = await world.ActivePlanAsync();
        var revision = await world.SocialWorker.Succeed("reviseCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan", "id revision interventions { id kind }");
        var revisionId = revision.At("id").GetString()!;
        await world.SocialWorker.Succeed("proposeCarePlan", "CarePlanActionInput", new { carePlanId = revisionId }, "carePlan");
        var assessmentId = await world.Read(db => db.Assessments.Where(a => a.CareCaseId == CareWorld.Key(caseId)).Select(a => a.Id).SingleAsync());

        var active = await world.SocialWorker.Succeed("activateCarePlan", "ActivateCarePlanInput", new
        {
            carePlanId = revisionId, assessmentId = GlobalId.Encode("Assessment", assessmentId), signedBy = "A.S.", reviewDue = CareWorld.Today.AddMonths(3).ToString("yyyy-MM-dd"),
        }, "carePlan", "status revision previousPlan { id status }");

        Assert.Equal(2, revision.At("revision").GetInt32());
        Assert.Equal("TEMPORARY_RESIDENTIAL", Assert.Single(revision.At("interventions").EnumerateArray()).At("kind").GetString());
        Assert.Equal(("ACTIVE", planId, "SUPERSEDED"),
            (active.At("status").GetString(), active.At("previousPlan", "id").GetString(), active.At("previousPlan", "status").GetString()));
    }

    [Fact]
    public async Task A_completed_plan_can_no_longer_be_revoked()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, planId, _, _) = await world.ActivePlanAsync();
        var suspended = await world.SocialWorker.Succeed("suspendCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan", "status");
        await world.SocialWorker.Succeed("resumeCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan");
        var completed = await world.SocialWorker.Succeed("completeCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan", "status");

        var error = await world.SocialWorker.Refused("revokeCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan");

        Assert.Equal(("SUSPENDED", "COMPLETED"), (suspended.At("status").GetString(), completed.At("status").GetString()));
        Assert.Equal(("InvalidTransitionError", "COMPLETED", "REVOKED"), (error.At("__typename").GetString(), error.At("from").GetString(), error.At("to").GetString()));
    }

    [Fact]
    public async Task Interventions_change_only_while_the_plan_is_a_draft()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, planId, interventionId, _) = await world.ActivePlanAsync();

        var error = await world.SocialWorker.Refused("removeIntervention", "RemoveInterventionInput", new { interventionId }, "carePlan");

        Assert.Equal(("InvalidTransitionError", "ACTIVE", "change interventions"), (error.At("__typename").GetString(), error.At("from").GetString(), error.At("action").GetString()));
        Assert.Equal(1, await world.Read(db => db.Interventions.CountAsync(i => i.CarePlanId == CareWorld.Key(planId))));
    }

    [Fact]
    public async Task A_wrong_check_character_in_the_fiscal_code_is_a_validation_error_on_that_field()
    {
        var world = await CareWorld.CreateAsync(Host);

        var error = await world.SocialWorker.Refused("registerPerson", "RegisterPersonInput", new
        {
            fiscalCode = "RSSMRA85T10A562Z", firstName = "Mario", lastName = "Rossi", sex = "MALE", birthDate = "1985-12-10", birthPlaceCode = "A562",
            residence = new { municipalityId = world.MunicipalityId },
        }, "person");

        Assert.Equal(("ValidationError", "fiscalCode"), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Contains("check character", error.At("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(await world.Read(db => db.Persons.AnyAsync(p => p.Identifier == "RSSMRA85T10A562Z")));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteCareCaseMutationTests(HubApiFactory host) : CareCaseMutationTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresCareCaseMutationTests(PostgresHubApiFactory host) : CareCaseMutationTests(host);
