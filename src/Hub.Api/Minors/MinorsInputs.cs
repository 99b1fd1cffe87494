using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.People;
using Hub.Domain.Minors;

namespace Hub.Api.Minors;

[Description("Opens a child-protection case (tutela minori) for a minor, from the report that reached the services (segnalazione).")]
public sealed record OpenChildProtectionCaseInput(
    [property: Id, Description("The minor (Person id).")] string PersonId,
    [property: Id, Description("The zone-distretto in charge (Zone id).")] string ZoneId,
    [property: Description("When the report reached the services; not after the opening.")] DateOnly ReportedOn,
    [property: Description("Who reported (fonte della segnalazione).")] ReportSource Source,
    [property: Column<FirstReport>(nameof(FirstReport.ReportedBy)), Description("Who reported, in words (segnalante).")] string? ReportedBy,
    [property: Column<FirstReport>(nameof(FirstReport.Summary)), Description("What the report said, in short.")] string? Summary,
    [property: Description("Opening date; today when omitted.")] DateOnly? OpenedOn);

[Description("Records an adult who exercises parental responsibility for the minor of a child-protection case.")]
public sealed record RecordParentalResponsibilityInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Id, Description("The adult (Person id).")] string HolderId,
    [property: Description("Parent, guardian (tutore) or curator (curatore speciale).")] ParentalRole Role,
    [property: Description("Since when; today when omitted.")] DateOnly? Since,
    [property: Description("The version of the case read; the change is refused when the case has changed since.")] long? ExpectedVersion);

[Description("Records a court's measure on the minor of a child-protection case (JUDICIAL).")]
public sealed record RecordCourtMeasureInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Description("Who issued it (autorità giudiziaria).")] CourtAuthority Authority,
    [property: Description("What it orders (tipo di provvedimento).")] CourtMeasureKind Kind,
    [property: Column<CourtMeasure>(nameof(CourtMeasure.DecreeReference)), Description("The decree's reference, e.g. R.G. 1234/2026 V.G.")] string DecreeReference,
    [property: Description("The decree's date; not in the future.")] DateOnly DecreedOn,
    [property: Column<CourtMeasure>(nameof(CourtMeasure.Notes)), Description("What the decree says beyond its kind, in short.")] string? Notes);

[Description("Sets a report a court measure asks for by a date (scadenza).")]
public sealed record SetCourtDeadlineInput(
    [property: Id, Description("The measure (CourtMeasure id).")] string CourtMeasureId,
    [property: Column<CourtDeadline>(nameof(CourtDeadline.Description)), Description("What the court asks for, e.g. relazione di aggiornamento.")] string Description,
    [property: Description("When it is due; not before the decree.")] DateOnly DueOn);

[Description("Records the report of a deadline as filed with the court (deposito della relazione).")]
public sealed record FileCourtReportInput(
    [property: Id, Description("The deadline (CourtDeadline id).")] string CourtDeadlineId,
    [property: Description("When it was filed: not before the measure's decree, not after today; today when omitted.")] DateOnly? FiledOn,
    [property: Column<CourtDeadline>(nameof(CourtDeadline.FiledReference)), Description("The filed report's protocol reference.")] string Reference,
    [property: Description("The version read; the change is refused when the deadline has changed since.")] long? ExpectedVersion);

[Description("Opens a case of the caller's Centro antiviolenza for a woman it registers now; she, the case and the shelter are then seen by the centre only.")]
public sealed record OpenAntiViolenceCaseInput(
    [property: Description("The woman, as registerPerson takes her. When her codice fiscale is registered to a person of the same name, sex and birth date whom no centre protects, that person passes under the centre's protection; any other holder of the code is refused as registerPerson refuses it.")] RegisterPersonInput Person,
    [property: Description("The protected address where she is hosted outside the centre's own shelters (a shelter outside the hub, a safe home); shown to the centre only. A stay in the centre's shelter is placeInShelter.")] AddressInput? Shelter,
    [property: Description("Opening date; today when omitted.")] DateOnly? OpenedOn);
