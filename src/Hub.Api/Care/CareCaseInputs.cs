using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Domain.Care;
using Hub.Domain.Services;

namespace Hub.Api.Care;

[Description("Opens a case (apertura della presa in carico) for a person in a zone.")]
public sealed record OpenCaseInput(
    [property: Id, Description("The person (Person id).")] string PersonId,
    [property: Id, Description("The zone-distretto in charge (Zone id).")] string ZoneId,
    [property: Description("Area of need (area di intervento).")] ServiceArea Area,
    [property: Description("How the person reached the services (canale di accesso).")] AccessChannel AccessChannel,
    [property: Description("Opening date; today when omitted.")] DateOnly? OpenedOn,
    [property: Description("First notes (diario sociale).")] string? Notes);

[Description("A change of state of a case that needs nothing more than the case.")]
public sealed record CaseActionInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Description("The version read; the change is refused when the case has changed since.")] long? ExpectedVersion);

[Description("Names the case manager (responsabile del caso).")]
public sealed record AssignCaseManagerInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Id, Description("The staff member (StaffMember id).")] string StaffMemberId,
    [property: Description("The version read; the change is refused when the case has changed since.")] long? ExpectedVersion);

[Description("Closes a case with a reason (chiusura).")]
public sealed record CloseCaseInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Description("Why it closes (motivo di chiusura).")] ClosureReason Reason,
    [property: Description("Closing date; today when omitted.")] DateOnly? ClosedOn,
    [property: Description("The version read; the change is refused when the case has changed since.")] long? ExpectedVersion);

[Description("Reopens a closed case as a new episode, with a reason (riapertura).")]
public sealed record ReopenCaseInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Column<CaseTransition>(nameof(CaseTransition.Reason)), Description("Why it is reopened (motivo).")] string Reason,
    [property: Description("The version read; the change is refused when the case has changed since.")] long? ExpectedVersion);
