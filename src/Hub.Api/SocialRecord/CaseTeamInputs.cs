using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Domain.Care;

namespace Hub.Api.SocialRecord;

[Description("Adds a staff member to a case's team in a role (ingresso nell'équipe).")]
public sealed record AddCaseTeamMemberInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Id, Description("The staff member (StaffMember id), of any organisation and zone: they reach the case while on the team.")] string StaffMemberId,
    [property: Description("Their part in the case; CASE_MANAGER names the case manager (as assignCaseManager), ending the previous one's membership.")] CaseTeamRole Role,
    [property: Description("The first day on the team, not before the case was opened; today when omitted.")] DateOnly? From,
    [property: Description("The version read; the change is refused when the case has changed since.")] long? ExpectedVersion);

[Description("Ends a membership of a case's team (uscita dall'équipe); the case manager's ends when another is named.")]
public sealed record EndCaseTeamMembershipInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Id, Description("The membership (CaseTeamMember id), as the case's team lists it.")] string MembershipId,
    [property: Description("The first day no longer on the team (exclusive); today when omitted, so the member no longer reaches the case today.")] DateOnly? To,
    [property: Description("The version read; the change is refused when the case has changed since.")] long? ExpectedVersion);

[Description("Asks to move a case to another zone or case manager (trasferimento); nothing moves until the receiving side accepts.")]
public sealed record TransferCaseInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Id, Description("The receiving zone (Zone id); the case's own zone for a change of case manager only.")] string ToZoneId,
    [property: Id, Description("The receiving case manager (StaffMember id), serving the receiving zone; optional for a change of zone.")] string? ToCaseManagerId,
    [property: Column<CaseTransition>(nameof(CaseTransition.Reason)), Description("Why (motivo del trasferimento).")] string Reason,
    [property: Description("The version read; the change is refused when the case has changed since.")] long? ExpectedVersion);

[Description("The receiving side accepts a case's waiting transfer (accettazione del trasferimento).")]
public sealed record AcceptCaseTransferInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Id, Description("The case manager the receiving side names (StaffMember id, serving the receiving zone), when the transfer named none.")] string? CaseManagerId,
    [property: Description("The version read; the change is refused when the case has changed since.")] long? ExpectedVersion);

[Description("The receiving side declines a case's waiting transfer, with the reason; the case stays where it was.")]
public sealed record DeclineCaseTransferInput(
    [property: Id, Description("The case (CareCase id).")] string CareCaseId,
    [property: Column<CaseTransition>(nameof(CaseTransition.Reason)), Description("Why (motivo del rifiuto).")] string Reason,
    [property: Description("The version read; the change is refused when the case has changed since.")] long? ExpectedVersion);
