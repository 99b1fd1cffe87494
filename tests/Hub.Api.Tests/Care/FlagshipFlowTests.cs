using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Care;

/// <summary>
/// DESIGN §1 end to end through HTTP: hospital request → ACOT acknowledges and opens a case → UVM
/// assessment → PAP with a temporary residential intervention → placement in an RSA with a free
/// place → the RSA admits → the hospital sees placement, structure and case manager.
/// Each step is done by the caller who does it in reality, with that caller's own token.
/// </summary>
public abstract class FlagshipFlowTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Protected_discharge_ends_with_the_hospital_seeing_placement_structure_and_case_manager()
    {
        var world = await CareWorld.CreateAsync(Host, modulePlaces: 1);
        var (personId, fiscalCode) = await world.RegisterPersonAsync();
        var expected = CareWorld.Today.AddDays(5).ToString("yyyy-MM-dd");

        // Hospital (discharge planner): looks the patient up by codice fiscale and files the request.
        var found = (await world.Hospital.Client.DataAsync("query($cf: String!) { person(fiscalCode: $cf) { id activeCarePlan { id } } }", new { cf = fiscalCode })).At("person");
        Assert.Equal(personId, found.At("id").GetString());
        var request = await world.Hospital.Succeed("submitDischargeRequest", "SubmitDischargeRequestInput", new
        {
            hospitalId = world.HospitalId, ward = "Medicina interna", admissionReference = $"N{Guid.NewGuid():N}"[..12], fiscalCode,
            expectedDischargeOn = expected, needs = "Non autosufficiente dopo frattura di femore", proposedSetting = "TEMPORARY_RESIDENTIAL",
            aids = new[] { "letto articolato", "carrozzina" }, idempotencyKey = Guid.NewGuid().ToString(),
        }, "dischargeRequest", "id status zone { id }");
        Assert.Equal("SUBMITTED", request.At("status").GetString());
        Assert.Equal(world.ZoneId, request.At("zone", "id").GetString());
        var requestId = request.At("id").GetString()!;

        // Zone ACOT: acknowledges the request, which opens the patient's case from channel HOSPITAL.
        var acknowledged = await world.Acot.Succeed("acknowledgeDischargeRequest", "AcknowledgeDischargeRequestInput", new { dischargeRequestId = requestId },
            "dischargeRequest", "status careCase { id status accessChannel }");
        Assert.Equal("ACKNOWLEDGED", acknowledged.At("status").GetString());
        Assert.Equal("HOSPITAL", acknowledged.At("careCase", "accessChannel").GetString());
        var caseId = acknowledged.At("careCase", "id").GetString()!;

        // Social worker: becomes case manager and starts the assessment.
        await world.SocialWorker.Succeed("assignCaseManager", "AssignCaseManagerInput", new { careCaseId = caseId, staffMemberId = world.SocialWorkerId }, "careCase");
        await world.SocialWorker.Succeed("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId }, "careCase");

        // UVM: records the first multidimensional assessment.
        var assessment = await world.SocialWorker.Succeed("recordAssessment", "RecordAssessmentInput", world.Assessment(caseId), "assessment", "id careNeedLevel members { id }");
        Assert.Equal(4, assessment.At("careNeedLevel").GetInt32());

        // ACOT: records the outcome and decides a temporary RSA stay.
        await world.Acot.Succeed("recordDischargeAssessment", "RecordDischargeAssessmentInput", new { dischargeRequestId = requestId, outcome = "Isogravità 4: RSA temporanea" }, "dischargeRequest");
        await world.Acot.Succeed("defineDischargePathway", "DefineDischargePathwayInput", new { dischargeRequestId = requestId, setting = "TEMPORARY_RESIDENTIAL" }, "dischargeRequest");

        // Social worker: writes the PAP with a temporary residential intervention, proposes and signs it.
        var planId = (await world.SocialWorker.Succeed("draftCarePlan", "DraftCarePlanInput", new { careCaseId = caseId, type = "PAP", goals = "Recupero funzionale in RSA" }, "carePlan")).At("id").GetString()!;
        var plan = await world.SocialWorker.Succeed("addIntervention", "AddInterventionInput", new { carePlanId = planId, intervention = world.TemporaryStay() }, "carePlan", "interventions { id }");
        var interventionId = plan.At("interventions")[0].At("id").GetString()!;
        await world.SocialWorker.Succeed("proposeCarePlan", "CarePlanActionInput", new { carePlanId = planId }, "carePlan");
        var active = await world.SocialWorker.Succeed("activateCarePlan", "ActivateCarePlanInput", new
        {
            carePlanId = planId, assessmentId = assessment.At("id").GetString(), signedBy = "A.S. " + world.SocialWorkerLastName,
            reviewDue = CareWorld.Today.AddMonths(2).ToString("yyyy-MM-dd"),
        }, "carePlan", "status careCase { status }");
        Assert.Equal("ACTIVE", active.At("status").GetString());
        Assert.Equal("ACTIVE", active.At("careCase", "status").GetString());

        // Social worker: requests the place in the RSA with a free place and offers it; the family accepts.
        var placementId = await world.ConfirmedPlacementAsync(interventionId);

        // ACOT: schedules the discharge.
        await world.Acot.Succeed("scheduleDischarge", "DischargeDateInput", new { dischargeRequestId = requestId, on = expected }, "dischargeRequest");

        // RSA (provider operator): admits the guest, taking the place.
        var admitted = await world.Provider.Succeed("admitPlacement", "AdmitPlacementInput", new { placementId, idempotencyKey = Guid.NewGuid().ToString() },
            "placement", "status module { freePlaces }");
        Assert.Equal("ADMITTED", admitted.At("status").GetString());
        Assert.Equal(0, admitted.At("module", "freePlaces").GetInt32());

        // ACOT: records that the patient left the ward (today: an event is recorded once it happened), closing the hospital side.
        await world.Acot.Succeed("markDischarged", "DischargeDateInput", new { dischargeRequestId = requestId, on = CareWorld.Today.ToString("yyyy-MM-dd") }, "dischargeRequest");

        // Hospital: queries the plan and sees the placement, the structure and the case manager to call.
        var seen = (await world.Hospital.Client.DataAsync("""
            query($cf: String!) { person(fiscalCode: $cf) {
              caseManager { id lastName }
              activeCarePlan { id status interventions { kind placements { id status structure { name } module { id } } } }
              placements { id status admittedOn structure { name } }
            } }
            """, new { cf = fiscalCode })).At("person");
        Assert.Equal(world.SocialWorkerId, seen.At("caseManager", "id").GetString());
        Assert.Equal(planId, seen.At("activeCarePlan", "id").GetString());
        var placement = Assert.Single(seen.At("activeCarePlan", "interventions")[0].At("placements").EnumerateArray());
        Assert.Equal(("ADMITTED", world.StructureName, world.ModuleId),
            (placement.At("status").GetString(), placement.At("structure", "name").GetString(), placement.At("module", "id").GetString()));
        Assert.Equal(placementId, Assert.Single(seen.At("placements").EnumerateArray()).At("id").GetString());
        var final = (await world.Hospital.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on DischargeRequest { status dischargedOn } } }", new { id = requestId })).At("node");
        Assert.Equal("DISCHARGED", final.At("status").GetString());
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteFlagshipFlowTests(HubApiFactory host) : FlagshipFlowTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresFlagshipFlowTests(PostgresHubApiFactory host) : FlagshipFlowTests(host);
