using System.ComponentModel;
using Hub.Api.GraphQL.InputRules;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL;

[Description("Public contacts (recapiti); an omitted one is cleared.")]
public sealed record ContactsInput(
    [property: Column<Contacts>(nameof(Contacts.Phone)), Description("Telephone number.")] string? Phone,
    [property: Column<Contacts>(nameof(Contacts.Email)), Description("E-mail address.")] string? Email,
    [property: Column<Contacts>(nameof(Contacts.CertifiedEmail)), Description("Certified e-mail (PEC).")] string? CertifiedEmail)
{
    public Contacts ToContacts() => new(Phone, Email, CertifiedEmail);
}
