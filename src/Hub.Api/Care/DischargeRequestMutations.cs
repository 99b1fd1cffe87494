using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

/// <summary>Protected discharges (dimissioni protette): the hospital files, the zone's ACOT handles.</summary>
public sealed class DischargeRequestMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SubmitDischargeRequestInput, DischargeRequestPayloadType>("submitDischargeRequest",
            "Files a protected-discharge request for a patient; the zone of the patient's residence handles it (invio segnalazione). Idempotent by key.",
            Permission.SubmitDischargeRequests, SubmitAsync);
        mutation.Mutation<AcknowledgeDischargeRequestInput, DischargeRequestPayloadType>("acknowledgeDischargeRequest",
            "Takes a submitted request in charge, linking or opening the patient's case: SUBMITTED → ACKNOWLEDGED (presa in carico).",
            Permission.HandleDischargeRequests, AcknowledgeAsync);
        Change<RecordDischargeAssessmentInput>(mutation, "recordDischargeAssessment", "Records the assessment's outcome: ACKNOWLEDGED → ASSESSED (valutazione).",
            i => (i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.RecordAssessment(i.Outcome), Permission.HandleDischargeRequests);
        Change<DefineDischargePathwayInput>(mutation, "defineDischargePathway", "Decides the setting: ASSESSED → PATHWAY_DEFINED (definizione del percorso).",
            i => (i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.DefinePathway(i.Setting), Permission.HandleDischargeRequests);
        Change<DischargeDateInput>(mutation, "scheduleDischarge", "Sets or moves the discharge date: → SCHEDULED (programmazione).",
            i => (i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.Schedule(i.On), Permission.HandleDischargeRequests);
        Change<DischargeDateInput>(mutation, "markDischarged", "Records that the patient left hospital: SCHEDULED → DISCHARGED (dimissione avvenuta).",
            i => (i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.MarkDischarged(i.On, m.Today), Permission.HandleDischargeRequests);
        Change<CancelDischargeRequestInput>(mutation, "cancelDischargeRequest", "Cancels a request that is not yet discharged (annullamento).",
            i => (i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.Cancel(i.Reason), Permission.SubmitDischargeRequests);
    }

    private static async Task<Entity> SubmitAsync(MutationContext m, SubmitDischargeRequestInput input)
    {
        var hospital = await m.FindEntity<Organization>(input.HospitalId);
        if (hospital.Kind != OrganizationKind.Hospital)
            throw new DomainValidationException("HospitalId", $"{hospital.Name} is not a hospital.");
        if (!m.Db.Caller.Unrestricted && hospital.Id != m.Db.Caller.OrganizationId)
            throw new ForbiddenException($"A ward files requests for its own hospital only, not for {hospital.Name}.");
        var person = await PatientAsync(m, input);
        var reference = input.AdmissionReference.Trim();
        if (await m.Db.DischargeRequests.AnyAsync(d => d.HospitalOrganizationId == hospital.Id && d.AdmissionReference == reference, m.CancellationToken))
            throw new DomainValidationException(nameof(input.AdmissionReference), $"{hospital.Name} already filed a request for admission {reference}.");
        var zoneId = await ResidenceZoneAsync(m, person);
        var request = new DischargeRequest(hospital.Id, new HospitalStay(input.Ward, input.AdmissionReference), person.Id, zoneId, m.Today,
            input.ExpectedDischargeOn, input.Needs, input.ProposedSetting, input.Aids ?? []);
        m.Db.DischargeRequests.Add(request);
        return request;
    }

    private static async Task<Entity> AcknowledgeAsync(MutationContext m, AcknowledgeDischargeRequestInput input)
    {
        var request = await m.Find<DischargeRequest>(input.DischargeRequestId, input.ExpectedVersion);
        var careCase = input.CareCaseId is { } caseId ? await m.Find<CareCase>(caseId) : null;
        if (careCase is null)
        {
            careCase = new CareCase(request.PersonId, request.ZoneId, input.Area ?? ServiceArea.NonSelfSufficiency, AccessChannel.Hospital, m.Today, m.Today);
            m.Db.CareCases.Add(careCase);
        }
        request.Acknowledge(careCase);
        return request;
    }

    // A hospital reaches persons only by naming them (row scopes, Reach.Lookups), so it names its patient by codice fiscale.
    private static async Task<Person> PatientAsync(MutationContext m, SubmitDischargeRequestInput input)
    {
        if ((input.PersonId is null) == (input.FiscalCode is null))
            throw new DomainValidationException(nameof(input.FiscalCode), "Name the patient by exactly one of fiscalCode and personId.");
        if (input.PersonId is { } personId)
            return await m.FindEntity<Person>(personId);
        var identifier = PersonIdentifier.Parse(input.FiscalCode!).Value;
        m.Db.IdentifiersLookedUp.Add(identifier);
        return await m.Db.Persons.SingleOrDefaultAsync(p => p.Identifier == identifier, m.CancellationToken)
            ?? throw new NotFoundException(nameof(Person), identifier);
    }

    // The zone of the comune of residence today: memberships are dated because comuni merge and move.
    private static async Task<Guid> ResidenceZoneAsync(MutationContext m, Person person)
    {
        var today = m.Today;
        return await m.Db.ZoneMemberships
            .Where(z => z.MunicipalityId == person.Residence.MunicipalityId && z.ValidFrom <= today && (z.ValidTo == null || z.ValidTo >= today))
            .Select(z => (Guid?)z.ZoneId).FirstOrDefaultAsync(m.CancellationToken)
            ?? throw new DomainValidationException("PersonId", "The patient's comune of residence belongs to no zone today.");
    }

    private static void Change<TInput>(ObjectGraphType mutation, string name, string description,
        Func<TInput, (string Id, long? ExpectedVersion)> target, Action<MutationContext, DischargeRequest, TInput> change, Permission permission) where TInput : notnull =>
        mutation.Mutation<TInput, DischargeRequestPayloadType>(name, description, permission, async (m, input) =>
        {
            var (id, expectedVersion) = target(input);
            var request = await m.Find<DischargeRequest>(id, expectedVersion);
            change(m, request, input);
            return request;
        });
}
