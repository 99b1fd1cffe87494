using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Care;
using Hub.Domain.Idempotency;
using Hub.Domain.People;
using Hub.Domain.Services;

namespace Hub.Api.Care;

[Description("A ward files a protected-discharge request (segnalazione di dimissione protetta).")]
public sealed record SubmitDischargeRequestInput(
    [property: Id, Description("The hospital (Organization id of kind HOSPITAL).")] string HospitalId,
    [property: Column<DischargeRequest>(nameof(DischargeRequest.Ward)), Description("The ward (reparto).")] string Ward,
    [property: Column<DischargeRequest>(nameof(DischargeRequest.AdmissionReference)), Description("The hospital's admission number (nosologico); one request per admission.")] string AdmissionReference,
    [property: Id, Description("The patient (Person id), for callers who reach persons by id; give this or fiscalCode.")] string? PersonId,
    [property: Column<Person>(nameof(Person.Identifier)), Description("The patient's codice fiscale (or STP/ENI code), the way a hospital names its patient; give this or personId.")] string? FiscalCode,
    [property: Description("Expected discharge date (data prevista).")] DateOnly ExpectedDischargeOn,
    [property: Description("Care needs at discharge (bisogni).")] string Needs,
    [property: Description("The setting the ward proposes (setting proposto).")] DischargeSetting ProposedSetting,
    [property: Description("Aids needed at home (ausili).")] IReadOnlyList<string>? Aids,
    [property: Column<IdempotencyRecord>(nameof(IdempotencyRecord.Key)), Description("Any unique string: a retry with the same key returns the first request and files nothing again.")] string? IdempotencyKey) : IIdempotentInput;

[Description("The zone's ACOT takes the request in charge, linking the patient's case or opening one (presa in carico della segnalazione).")]
public sealed record AcknowledgeDischargeRequestInput(
    [property: Id, Description("The request (DischargeRequest id).")] string DischargeRequestId,
    [property: Id, Description("An existing case of the patient (CareCase id); when omitted a case is opened in the request's zone from channel HOSPITAL.")] string? CareCaseId,
    [property: Description("Area of the case to open; NON_SELF_SUFFICIENCY when omitted.")] ServiceArea? Area,
    [property: Description("The version read; the change is refused when the request has changed since.")] long? ExpectedVersion);

[Description("Records the outcome of the assessment of a discharge request (esito della valutazione).")]
public sealed record RecordDischargeAssessmentInput(
    [property: Id, Description("The request (DischargeRequest id).")] string DischargeRequestId,
    [property: Column<DischargeRequest>(nameof(DischargeRequest.AssessmentOutcome)), Description("The outcome, in words (esito).")] string Outcome,
    [property: Description("The version read; the change is refused when the request has changed since.")] long? ExpectedVersion);

[Description("Decides the pathway after discharge (definizione del percorso).")]
public sealed record DefineDischargePathwayInput(
    [property: Id, Description("The request (DischargeRequest id).")] string DischargeRequestId,
    [property: Description("Home care, intermediate care, temporary or permanent RSA (setting).")] DischargeSetting Setting,
    [property: Description("The version read; the change is refused when the request has changed since.")] long? ExpectedVersion);

[Description("Sets or moves the discharge date (programmazione), or records that it happened.")]
public sealed record DischargeDateInput(
    [property: Id, Description("The request (DischargeRequest id).")] string DischargeRequestId,
    [property: Description("The date (data).")] DateOnly On,
    [property: Description("The version read; the change is refused when the request has changed since.")] long? ExpectedVersion);

[Description("Cancels a request (annullamento della segnalazione).")]
public sealed record CancelDischargeRequestInput(
    [property: Id, Description("The request (DischargeRequest id).")] string DischargeRequestId,
    [property: Column<DischargeRequest>(nameof(DischargeRequest.CancellationReason)), Description("Why (motivo).")] string Reason,
    [property: Description("The version read; the change is refused when the request has changed since.")] long? ExpectedVersion);
