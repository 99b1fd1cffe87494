using GraphQL.Types;
using Hub.Api.Access;
using Hub.Domain.Audit;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL;

// A value object: the field that reaches it (a person's residence, a structure's address) carries the sensitivity.
public sealed class ContactsType : HubObjectGraphType<Contacts>
{
    public ContactsType() : base("Contacts", "Phone and e-mail (recapiti).", Sensitivity.Public)
    {
        Field(c => c.Phone, nullable: true).Description("Telephone number.");
        Field(c => c.Email, nullable: true).Description("E-mail address.");
        Field(c => c.CertifiedEmail, nullable: true).Description("Certified e-mail (PEC).");
    }
}
