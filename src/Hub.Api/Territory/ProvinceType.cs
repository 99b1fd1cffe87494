using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;
using Hub.Domain.Territory;

namespace Hub.Api.Territory;

public sealed class ProvinceType : HubObjectGraphType<Province>
{
    public ProvinceType() : base("Province", "The provincia or città metropolitana of a comune.", Sensitivity.Public)
    {
        Field(p => p.Code).Description("ISTAT code of the province (e.g. 048 for Firenze).");
        Field(p => p.Name).Description("Name of the province.");
        Field(p => p.Abbreviation).Description("Two-letter abbreviation (sigla), e.g. FI.");
    }
}
