using Hub.Api.GraphQL.Filtering;
using Hub.Api.Territory;
using Hub.Domain.Common;
using Hub.Domain.Territory;

namespace Hub.Api.GraphQL;

public sealed class AddressFilterType : FilterInputType<AddressFilterType, Address>
{
    public AddressFilterType() : base("Address", "Conditions on an address.")
    {
        Text("street", a => a.Street, "Street and number.");
        Text("postalCode", a => a.PostalCode, "CAP.");
        Object<MunicipalityFilterType, Municipality>("municipality", (a, db) => db.Municipalities.Where(m => m.Id == a.MunicipalityId), "The comune.");
    }
}
