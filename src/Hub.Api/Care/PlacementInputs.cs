using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Care;
using Hub.Domain.Idempotency;

namespace Hub.Api.Care;

[Description("Requests a place in a module for a residential or semi-residential intervention (richiesta di inserimento).")]
public sealed record RequestPlacementInput(
    [property: Id, Description("The plan's intervention (Intervention id).")] string InterventionId,
    [property: Id, Description("The module asked for (StructureModule id).")] string ModuleId,
    [property: Description("Request date; today when omitted.")] DateOnly? RequestedOn,
    [property: Description("Latest end of the stay; required for temporary and intermediate-care placements (termine massimo).")] DateOnly? MaximumEndDate,
    [property: Id, Description("For a transfer (trasferimento), the person's placement that holds its place now (Placement id), of the intervention's own case (else NotFound): it ends, with reason TRANSFER or the affido's outcome, on the admission here. "
        + "Without it, a person placed already (a place asked for or taken, an affido; before today, also one out of the caller's sight) is refused.")] string? ReplacesPlacementId = null);

[Description("A change of state of a placement that needs nothing more than the placement.")]
public sealed record PlacementActionInput(
    [property: Id, Description("The placement (Placement id).")] string PlacementId,
    [property: Description("The version read; the change is refused when the placement has changed since.")] long? ExpectedVersion);

[Description("Puts a placement on the module's waiting list (lista d'attesa).")]
public sealed record WaitlistPlacementInput(
    [property: Id, Description("The placement (Placement id).")] string PlacementId,
    [property: Description("Priority, lower first (priorità).")] int Priority,
    [property: Description("The version read; the change is refused when the placement has changed since.")] long? ExpectedVersion);

[Description("Offers a place to the person (offerta del posto).")]
public sealed record OfferPlaceInput(
    [property: Id, Description("The placement (Placement id).")] string PlacementId,
    [property: Description("Until when the offer stands (scadenza).")] DateOnly ExpiresOn,
    [property: Description("The version read; the change is refused when the placement has changed since.")] long? ExpectedVersion);

[Description("Admits the guest, taking one of the module's places (ingresso in struttura).")]
public sealed record AdmitPlacementInput(
    [property: Id, Description("The placement (Placement id).")] string PlacementId,
    [property: Description("Admission date; today when omitted.")] DateOnly? AdmittedOn,
    [property: Description("The version read; the change is refused when the placement has changed since.")] long? ExpectedVersion,
    [property: Column<IdempotencyRecord>(nameof(IdempotencyRecord.Key)), Description("Any unique string: a retry with the same key returns the first result and admits no one again.")] string? IdempotencyKey) : IIdempotentInput;

[Description("Records the guest's absence, e.g. a hospital stay (assenza): the place is kept.")]
public sealed record RecordAbsenceInput(
    [property: Id, Description("The placement (Placement id).")] string PlacementId,
    [property: Description("Start of the absence; today when omitted.")] DateOnly? Since,
    [property: Description("The version read; the change is refused when the placement has changed since.")] long? ExpectedVersion);

[Description("Discharges the guest, freeing the place (dimissione dalla struttura).")]
public sealed record DischargePlacementInput(
    [property: Id, Description("The placement (Placement id).")] string PlacementId,
    [property: Description("Why the guest leaves (motivo).")] PlacementDischargeReason Reason,
    [property: Description("Discharge date; today when omitted.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the placement has changed since.")] long? ExpectedVersion,
    [property: Column<IdempotencyRecord>(nameof(IdempotencyRecord.Key)), Description("Any unique string: a retry with the same key returns the first result and discharges no one again.")] string? IdempotencyKey) : IIdempotentInput;

[Description("Ends a placement that never started: declined by the person or cancelled (rifiuto / annullamento).")]
public sealed record EndPlacementInput(
    [property: Id, Description("The placement (Placement id).")] string PlacementId,
    [property: Column<Placement>(nameof(Placement.EndNote)), Description("Why, in words (nota).")] string? Note,
    [property: Description("The version read; the change is refused when the placement has changed since.")] long? ExpectedVersion);
