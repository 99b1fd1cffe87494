using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Client.Tests.Operations;
using Microsoft.EntityFrameworkCore;
using static Hub.Client.Tests.EndToEnd.Results;

namespace Hub.Client.Tests.EndToEnd;

/// <summary>
/// DESIGN §1 end to end through Hub.Client against the hub on a Kestrel socket: each step is a
/// generated operation from Documents/*.graphql, sent by the caller who does it in reality with that
/// caller's own token. The test world (seeded hospital, zone, social worker, a fresh RSA module)
/// comes from the hub's own tests.
/// </summary>
public abstract class FlagshipFlowThroughClientTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Protected_discharge_through_the_typed_client_ends_with_the_hospital_seeing_placement_structure_and_case_manager()
    {
        var world = await CareWorld.CreateAsync(Host, modulePlaces: 1);
        var (personId, fiscalCode) = await world.RegisterPersonAsync();
        using var hub = KestrelHub.Start(Host);
        var (hospital, acot, socialWorker, provider) = (hub.Client(KestrelHub.TokenOf(world.Hospital.Client)), hub.Client(KestrelHub.TokenOf(world.Acot.Client)),
            hub.Client(KestrelHub.TokenOf(world.SocialWorker.Client)), hub.Client(KestrelHub.TokenOf(world.Provider.Client)));
        var expected = CareWorld.Today.AddDays(5);
        // Hospital: follows its requests by subscription from the outbox's head, so what commits while the socket opens is replayed, not missed.
        var head = await world.Read(async db => Hub.Api.Events.ChangePosition.Encode(await db.OutboxEvents.MaxAsync(e => (long?)e.Position) ?? 0));
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var followed = FollowUntilDischargedAsync(hospital, head, patience.Token);

        // Hospital: looks the patient up by codice fiscale and files the request.
        var patient = Ok(await hospital.FindPatientAsync(fiscalCode)).Person!;
        Assert.Equal(new GlobalId(personId), patient.Id);
        var filed = Ok(await hospital.SubmitDischargeRequestAsync(new SubmitDischargeRequestInput
        {
            HospitalId = new GlobalId(world.HospitalId), Ward = "Medicina interna", AdmissionReference = $"N{Guid.NewGuid():N}"[..12], FiscalCode = fiscalCode,
            ExpectedDischargeOn = expected, Needs = "Non autosufficiente dopo frattura di femore", ProposedSetting = DischargeSetting.TemporaryResidential,
            Aids = ["letto articolato", "carrozzina"],
        })).SubmitDischargeRequest;
        var request = Done(filed.DischargeRequest!, filed.Errors);
        Assert.Equal((DischargeRequestStatus.Submitted, new GlobalId(world.ZoneId)), (request.Status, request.Zone.Id));

        // Zone ACOT: acknowledges it, which opens the patient's case from channel HOSPITAL.
        var acknowledged = Ok(await acot.AcknowledgeDischargeRequestAsync(request.Id)).AcknowledgeDischargeRequest;
        var careCase = Done(acknowledged.DischargeRequest!, acknowledged.Errors).CareCase!;
        Assert.Equal(AccessChannel.Hospital, careCase.AccessChannel);

        // Social worker: becomes case manager and starts the assessment; the UVM records it.
        var worker = new GlobalId(world.SocialWorkerId);
        Done(0, Ok(await socialWorker.AssignCaseManagerAsync(careCase.Id, worker)).AssignCaseManager.Errors);
        Done(0, Ok(await socialWorker.StartCaseAssessmentAsync(careCase.Id)).StartCaseAssessment.Errors);
        var recorded = Ok(await socialWorker.RecordAssessmentAsync(new RecordAssessmentInput
        {
            CareCaseId = careCase.Id, Kind = AssessmentKind.First, Instrument = "SVAMA", CareNeedLevel = 4, RulesetVersion = "RT-2024", MemberIds = [worker],
            Scores = [new AssessmentScoreInput { Domain = "ADL", Score = 2.5m }, new AssessmentScoreInput { Domain = "cognitive", Score = 18m }],
        })).RecordAssessment;
        var assessment = Done(recorded.Assessment!, recorded.Errors);
        Assert.Equal((4, 2.5m), (assessment.CareNeedLevel, assessment.Scores![0].Score));

        // ACOT: records the outcome and decides a temporary RSA stay (the variable's default).
        Done(0, Ok(await acot.RecordDischargeAssessmentAsync(request.Id, "Isogravità 4: RSA temporanea")).RecordDischargeAssessment.Errors);
        var pathway = Ok(await acot.DefineDischargePathwayAsync(request.Id)).DefineDischargePathway;
        Assert.Equal(DischargeSetting.TemporaryResidential, Done(pathway.DischargeRequest!, pathway.Errors).DefinedSetting);

        // Social worker: writes the PAP with a temporary residential intervention, proposes and signs it.
        var planId = Ok(await socialWorker.DraftCarePlanAsync(careCase.Id, "Recupero funzionale in RSA")).DraftCarePlan.CarePlan!.Id;
        var withStay = Ok(await socialWorker.AddInterventionAsync(planId, new InterventionInput
        {
            Kind = InterventionKind.TemporaryResidential, ServiceId = new GlobalId(world.ServiceId), Frequency = "continuativo",
            StartsOn = CareWorld.Today, EndsOn = CareWorld.Today.AddDays(60), HealthShare = 58.5m, SocialShare = 55m,
        })).AddIntervention;
        var interventionId = Done(withStay.CarePlan!, withStay.Errors).Interventions![0].Id;
        Done(0, Ok(await socialWorker.ProposeCarePlanAsync(planId)).ProposeCarePlan.Errors);
        var activated = Ok(await socialWorker.ActivateCarePlanAsync(new ActivateCarePlanInput
        {
            CarePlanId = planId, AssessmentId = assessment.Id, SignedBy = "A.S. " + world.SocialWorkerLastName, ReviewDue = CareWorld.Today.AddMonths(2),
        })).ActivateCarePlan;
        Assert.Equal((CarePlanStatus.Active, CareCaseStatus.Active), (activated.CarePlan!.Status, activated.CarePlan.CareCase!.Status));

        // Social worker: requests the place in the RSA and offers it; the RSA records the family's yes.
        var requested = Ok(await socialWorker.RequestPlacementAsync(new RequestPlacementInput
        {
            InterventionId = interventionId, ModuleId = new GlobalId(world.ModuleId), MaximumEndDate = CareWorld.Today.AddDays(60),
        })).RequestPlacement;
        var placementId = Done(requested.Placement!, requested.Errors).Id;
        Done(0, Ok(await socialWorker.OfferPlaceAsync(placementId, CareWorld.Today.AddDays(7))).OfferPlace.Errors);
        Assert.Equal(PlacementStatus.Confirmed, Ok(await provider.ConfirmPlacementAsync(placementId)).ConfirmPlacement.Placement!.Status);

        // ACOT schedules the discharge; the RSA admits the guest, taking the last place (idempotency key filled by the client).
        Done(0, Ok(await acot.ScheduleDischargeAsync(request.Id, expected)).ScheduleDischarge.Errors);
        var admitted = Ok(await provider.AdmitPlacementAsync(new AdmitPlacementInput { PlacementId = placementId })).AdmitPlacement;
        Assert.Equal((PlacementStatus.Admitted, 0), (Done(admitted.Placement!, admitted.Errors).Status, admitted.Placement!.Module!.FreePlaces));
        Done(0, Ok(await acot.MarkDischargedAsync(request.Id, CareWorld.Today)).MarkDischarged.Errors);

        // Hospital: queries the plan and sees the placement, the structure and the case manager to call.
        var seen = Ok(await hospital.PatientPlanAsync(fiscalCode)).Person!;
        Assert.Equal((worker, world.SocialWorkerLastName), (seen.CaseManager!.Id, seen.CaseManager.LastName));
        Assert.Equal(planId, seen.ActiveCarePlan!.Id);
        var placement = Assert.Single(seen.ActiveCarePlan.Interventions![0].Placements!);
        Assert.Equal((PlacementStatus.Admitted, world.StructureName, new GlobalId(world.ModuleId)), (placement.Status, placement.Structure?.Name, placement.Module!.Id));
        Assert.Equal(placementId, Assert.Single(seen.Placements!).Id);
        var final = Assert.IsType<DischargeRequestStatusQuery.NodeDischargeRequest>(Ok(await hospital.DischargeRequestStatusAsync(request.Id)).Node);
        Assert.Equal(DischargeRequestStatus.Discharged, final.Status);

        // Hospital: its subscription told it of each change of the request, in order, up to the discharge.
        var changes = (await followed).Where(change => change.Request == request.Id).ToList();
        Assert.Equal(Enumerable.Range(1, changes.Count).Select(v => (long)v), changes.Select(change => change.Version));
        Assert.Equal(DischargeRequestStatus.Discharged, changes[^1].Status);
    }

    /// <summary>The changes the hospital hears of (each request read as it is at delivery), until one is discharged.</summary>
    private static async Task<List<(GlobalId Request, long Version, DischargeRequestStatus? Status)>> FollowUntilDischargedAsync(IHubClient hospital, string after, CancellationToken ct)
    {
        var seen = new List<(GlobalId, long, DischargeRequestStatus?)>();
        await foreach (var result in hospital.FollowDischargeRequestsAsync(after, ct))
        {
            var change = Ok(result).DischargeRequestChanged;
            var status = Assert.IsType<FollowDischargeRequestsSubscription.DischargeRequestChangedNodeDischargeRequest>(change.Node).Status;
            seen.Add((change.NodeId, change.Version, status));
            if (status == DischargeRequestStatus.Discharged)
                break;
        }
        return seen;
    }
}

[Collection(ClientHubCollection.Name)]
public sealed class SqliteFlagshipFlowThroughClientTests(HubApiFactory host) : FlagshipFlowThroughClientTests(host);

[Collection(PostgresClientHubCollection.Name)]
public sealed class PostgresFlagshipFlowThroughClientTests(PostgresHubApiFactory host) : FlagshipFlowThroughClientTests(host);
