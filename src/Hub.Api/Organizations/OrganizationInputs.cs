using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Domain.Organizations;

namespace Hub.Api.Organizations;

[Description("Registers a body in the register of organisations (anagrafe degli enti).")]
public sealed record RegisterOrganizationInput(
    [property: Description("What kind of body it is.")] OrganizationKind Kind,
    [property: Column<Organization>(nameof(Organization.Name)), Description("Name (denominazione).")] string Name,
    [property: Column<Organization>(nameof(Organization.TaxCode)), Description("Codice fiscale / partita IVA.")] string? TaxCode,
    [property: Column<Organization>(nameof(Organization.Code)), Description("Regional or ministerial code (e.g. ISTAT code of a comune).")] string? Code,
    [property: Id, Description("Its Azienda USL (HealthAuthority id): for an Azienda USL or a hospital of it.")] string? HealthAuthorityId,
    [property: Id, Description("Its zone (Zone id): for a Società della Salute.")] string? ZoneId,
    [property: Id, Description("Its comune (Municipality id): for a comune.")] string? MunicipalityId);

[Description("Renames a body (variazione di denominazione).")]
public sealed record RenameOrganizationInput(
    [property: Id, Description("The organisation (Organization id).")] string OrganizationId,
    [property: Column<Organization>(nameof(Organization.Name)), Description("Name (denominazione).")] string Name,
    [property: Description("The version read; the change is refused when the organisation has changed since.")] long? ExpectedVersion);

[Description("Replaces a body's codes; an omitted one is cleared.")]
public sealed record ChangeOrganizationCodesInput(
    [property: Id, Description("The organisation (Organization id).")] string OrganizationId,
    [property: Column<Organization>(nameof(Organization.TaxCode)), Description("Codice fiscale / partita IVA.")] string? TaxCode,
    [property: Column<Organization>(nameof(Organization.Code)), Description("Regional or ministerial code.")] string? Code,
    [property: Description("The version read; the change is refused when the organisation has changed since.")] long? ExpectedVersion);

[Description("Closes a body (cessazione); refused while it runs open structures.")]
public sealed record CloseOrganizationInput(
    [property: Id, Description("The organisation (Organization id).")] string OrganizationId,
    [property: Description("Closing day; today when omitted; not in the future.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the organisation has changed since.")] long? ExpectedVersion);

[Description("Hires a staff member into the caller's own organisation (assunzione).")]
public sealed record HireStaffMemberInput(
    [property: Id, Description("The employer (Organization id): the caller's own.")] string OrganizationId,
    [property: Column<StaffMember>(nameof(StaffMember.FirstName)), Description("First name (nome).")] string FirstName,
    [property: Column<StaffMember>(nameof(StaffMember.LastName)), Description("Surname (cognome).")] string LastName,
    [property: Description("Profession (profilo professionale).")] Profession Profession,
    [property: Column<StaffMember>(nameof(StaffMember.WeeklyHours)), Description("Contracted hours a week, above 0 and at most 48 (36 is full time).")] decimal WeeklyHours,
    [property: Id, Description("The zones served (Zone ids).")] IReadOnlyList<string> ZoneIds,
    [property: Description("Work contacts; none when omitted.")] ContactsInput? Contacts);

[Description("Changes a staff member's profession, hours, zones served and contacts.")]
public sealed record ChangeStaffMemberInput(
    [property: Id, Description("The staff member (StaffMember id).")] string StaffMemberId,
    [property: Description("Profession (profilo professionale).")] Profession Profession,
    [property: Column<StaffMember>(nameof(StaffMember.WeeklyHours)), Description("Contracted hours a week, above 0 and at most 48.")] decimal WeeklyHours,
    [property: Id, Description("The zones served from now on (Zone ids).")] IReadOnlyList<string> ZoneIds,
    [property: Description("Work contacts; an omitted one is cleared.")] ContactsInput Contacts,
    [property: Description("The version read; the change is refused when the record has changed since.")] long? ExpectedVersion);

[Description("Records that a staff member left the organisation (cessazione); cases keep naming them.")]
public sealed record RecordStaffLeavingInput(
    [property: Id, Description("The staff member (StaffMember id).")] string StaffMemberId,
    [property: Description("Last day; today when omitted; not in the future.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the record has changed since.")] long? ExpectedVersion);
