using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL;

// A value object: the field that reaches it (a person's residence, a structure's address) carries the sensitivity.
public sealed class AddressType : HubObjectGraphType<Address>
{
    public AddressType() : base("Address", "A postal address in a comune (indirizzo).", Sensitivity.Public)
    {
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The comune.")
            .Resolve(context => context.LoadMunicipality(context.Source.MunicipalityId));
        Field(a => a.Street, nullable: true).Description("Street and number (via e numero civico).");
        Field(a => a.PostalCode, nullable: true).Description("Postal code (CAP).");
    }
}
