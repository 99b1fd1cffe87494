using GraphQL.Types;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL;

public sealed class ContactsType : ObjectGraphType<Contacts>
{
    public ContactsType()
    {
        Name = "Contacts";
        Description = "Phone and e-mail (recapiti).";
        Field(c => c.Phone, nullable: true).Description("Telephone number.");
        Field(c => c.Email, nullable: true).Description("E-mail address.");
        Field(c => c.CertifiedEmail, nullable: true).Description("Certified e-mail (PEC).");
    }
}
