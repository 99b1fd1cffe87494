using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.People;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

/// <summary>Protected discharges (dimissioni protette): the hospital files, the zone's ACOT handles; the rules are <see cref="DischargeIntake"/>'s.</summary>
public sealed class DischargeRequestMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SubmitDischargeRequestInput, DischargeRequestPayloadType>("submitDischargeRequest",
            "Files a protected-discharge request for a patient; the zone of the patient's residence handles it (invio segnalazione). Idempotent by key.",
            Permission.SubmitDischargeRequests, SubmitAsync);
        mutation.Change<AcknowledgeDischargeRequestInput, DischargeRequest, DischargeRequestPayloadType>("acknowledgeDischargeRequest",
            "Takes a submitted request in charge, linking or opening the patient's case: SUBMITTED → ACKNOWLEDGED (presa in carico).",
            Permission.HandleDischargeRequests, i => new(i.DischargeRequestId, i.ExpectedVersion), AcknowledgeAsync);
        Change<RecordDischargeAssessmentInput>(mutation, "recordDischargeAssessment", "Records the assessment's outcome: ACKNOWLEDGED → ASSESSED (valutazione).",
            i => new(i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.RecordAssessment(i.Outcome), Permission.HandleDischargeRequests);
        Change<DefineDischargePathwayInput>(mutation, "defineDischargePathway", "Decides the setting: ASSESSED → PATHWAY_DEFINED (definizione del percorso).",
            i => new(i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.DefinePathway(i.Setting), Permission.HandleDischargeRequests);
        Change<DischargeDateInput>(mutation, "scheduleDischarge", "Sets or moves the discharge date: → SCHEDULED (programmazione).",
            i => new(i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.Schedule(i.On), Permission.HandleDischargeRequests);
        Change<DischargeDateInput>(mutation, "markDischarged", "Records that the patient left hospital: SCHEDULED → DISCHARGED (dimissione avvenuta).",
            i => new(i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.MarkDischarged(i.On, m.Today), Permission.HandleDischargeRequests);
        Change<CancelDischargeRequestInput>(mutation, "cancelDischargeRequest", "Cancels a request that is not yet discharged (annullamento).",
            i => new(i.DischargeRequestId, i.ExpectedVersion), (m, d, i) => d.Cancel(i.Reason), Permission.SubmitDischargeRequests);
    }

    private static async Task<Entity> SubmitAsync(MutationContext m, SubmitDischargeRequestInput input)
    {
        var intake = new DischargeIntake(m.Db);
        var hospital = await m.FindEntity<Organization>(input.HospitalId);
        // Refused before the patient is looked up, so a ward filing for another hospital names nobody.
        intake.EnsureMayFileFor(hospital);
        var patient = await PatientAsync(m, input);
        var filing = new DischargeFiling(new HospitalStay(input.Ward, input.AdmissionReference), input.ExpectedDischargeOn, input.Needs, input.ProposedSetting, input.Aids ?? []);
        return await intake.FileAsync(hospital, patient, filing, m.Today, m.CancellationToken);
    }

    private static async Task AcknowledgeAsync(MutationContext m, DischargeRequest request, AcknowledgeDischargeRequestInput input)
    {
        var existingCase = input.CareCaseId is { } caseId ? await m.Find<CareCase>(caseId) : null;
        new DischargeIntake(m.Db).Acknowledge(request, existingCase, input.Area, m.Today);
    }

    // A hospital reaches persons only by naming them (row scopes, Reach.Lookups), so it names its patient by codice fiscale.
    private static async Task<Person> PatientAsync(MutationContext m, SubmitDischargeRequestInput input)
    {
        if ((input.PersonId is null) == (input.FiscalCode is null))
            throw new DomainValidationException(nameof(input.FiscalCode), "Name the patient by exactly one of fiscalCode and personId.");
        if (input.PersonId is { } personId)
            return await m.FindEntity<Person>(personId);
        var identifier = IdentifierInput.Parse(input.FiscalCode!, nameof(input.FiscalCode)).Value;
        m.Db.Scope.NamePerson(identifier);
        return await m.Db.Persons.SingleOrDefaultAsync(p => p.Identifier == identifier, m.CancellationToken)
            ?? throw new NotFoundException(nameof(Person), identifier);
    }

    private static void Change<TInput>(ObjectGraphType mutation, string name, string description,
        Func<TInput, ChangeTarget> target, Action<MutationContext, DischargeRequest, TInput> change, Permission permission) where TInput : notnull =>
        mutation.Change<TInput, DischargeRequest, DischargeRequestPayloadType>(name, description, permission, target, change);
}
