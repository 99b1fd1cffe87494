using GraphQL.Types;
using Hub.Api.Territory;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL;

public sealed class AddressType : ObjectGraphType<Address>
{
    public AddressType()
    {
        Name = "Address";
        Description = "A postal address in a comune (indirizzo).";
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The comune.")
            .Resolve(context => context.LoadMunicipality(context.Source.MunicipalityId));
        Field(a => a.Street, nullable: true).Description("Street and number (via e numero civico).");
        Field(a => a.PostalCode, nullable: true).Description("Postal code (CAP).");
    }
}
