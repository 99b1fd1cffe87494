using Hub.Api.GraphQL.Filtering;
using Hub.Api.Territory;
using Hub.Domain.Common;
using Hub.Domain.Territory;

namespace Hub.Api.GraphQL;

public sealed class AddressFilterInputType : FilterInputType<AddressFilterInputType, Address>
{
    public AddressFilterInputType() : base("Conditions on an address.")
    {
        Text("street", a => a.Street, "Street and number.");
        Text("postalCode", a => a.PostalCode, "CAP.");
        Object<MunicipalityFilterInputType, Municipality>("municipality", (a, db) => db.Municipalities.Where(m => m.Id == a.MunicipalityId), "The comune.");
    }
}
