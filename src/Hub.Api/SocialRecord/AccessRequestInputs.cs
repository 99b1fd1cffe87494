using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

[Description("A desk receives a request for social help (ricezione della domanda / segnalazione).")]
public sealed record ReceiveAccessRequestInput(
    [property: Id, Description("The desk's organisation (Organization id): the caller's own comune, Azienda USL or Società della Salute.")] string DeskId,
    [property: Id, Description("The access point where it was received (Structure id of kind ACCESS_POINT); its comune tells the zone. Needed when the desk's organisation serves more than one zone.")] string? AccessPointId,
    [property: Description("Who asked (richiedente).")] RequesterKind RequesterKind,
    [property: Column<AccessRequest>(nameof(AccessRequest.RequesterName)), Description("Who asked, in words, when not the person.")] string? RequesterName,
    [property: Id, Description("The registered person it is for (Person id); give this or identity.")] string? PersonId,
    [property: Description("The minimal identity of a person not (yet) registered; give this or personId.")] MinimalIdentityInput? Identity,
    [property: Id, Description("The service asked for (Service id): its residency rule and maximum wait apply.")] string ServiceId,
    [property: Description("When it was received; today when omitted.")] DateOnly? ReceivedOn);

[Description("Who a request is for, before registration: name, birth date if known, comune of residence.")]
public sealed record MinimalIdentityInput(
    [property: Column<AccessRequest>(nameof(AccessRequest.FirstName)), Description("First name (nome).")] string FirstName,
    [property: Column<AccessRequest>(nameof(AccessRequest.LastName)), Description("Surname (cognome).")] string LastName,
    [property: Description("Birth date, when known.")] DateOnly? BirthDate,
    [property: Id, Description("The comune of residence (Municipality id).")] string ResidenceMunicipalityId);

[Description("Answers a received request: with information, a referral, or a finding of ineligibility; or records that it was withdrawn.")]
public sealed record AnswerAccessRequestInput(
    [property: Id, Description("The request (AccessRequest id).")] string AccessRequestId,
    [property: Column<AccessRequest>(nameof(AccessRequest.Outcome)), Description("The answer in words: the information given, where it was referred, or why; optional only for a withdrawal.")] string? Outcome,
    [property: Description("When it was answered; today when omitted.")] DateOnly? AnsweredOn,
    [property: Description("The version read; the change is refused when the request has changed since.")] long? ExpectedVersion);

[Description("Opens a case on a received request and links it (presa in carico).")]
public sealed record OpenCaseFromAccessRequestInput(
    [property: Id, Description("The request (AccessRequest id).")] string AccessRequestId,
    [property: Id, Description("The registered person (Person id), required when the request names only a minimal identity.")] string? PersonId,
    [property: Description("Opening date; today when omitted.")] DateOnly? OpenedOn,
    [property: Description("The version read; the change is refused when the request has changed since.")] long? ExpectedVersion);
