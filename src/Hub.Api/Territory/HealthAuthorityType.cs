using Hub.Api.GraphQL.Paging;
using GraphQL.Types;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Territory;

[ListArguments(typeof(HealthAuthorityFilterType), typeof(HealthAuthoritySortType))]
public sealed class HealthAuthorityType : EntityGraphType<HealthAuthority>
{
    public HealthAuthorityType() : base("HealthAuthority", "An Azienda USL (local health authority), e.g. USL Toscana Centro. Sensitivity: PUBLIC.")
    {
        Field(a => a.Code).Description("Short code of the authority (e.g. CE, NO, SE).");
        Field(a => a.Name).Description("Name of the Azienda USL.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZoneType>>>>("zones").Description("The zone-distretto of the authority (zone-distretto dell'ASL).").Reads()
            .Resolve(context => context.LoadChildren<Zone>("zones by authority", context.Source.Id, z => z.HealthAuthorityId, q => q.OrderBy(z => z.Code)));
    }
}
