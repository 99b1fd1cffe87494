using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Territory;

public sealed class HealthAuthorityType : EntityGraphType<HealthAuthority, HealthAuthorityFilterInputType, HealthAuthoritySortInputType>
{
    public HealthAuthorityType() : base("An Azienda USL (local health authority), e.g. USL Toscana Centro.", Sensitivity.Public)
    {
        Field(a => a.Code).Description("Short code of the authority (e.g. CE, NO, SE).");
        Field(a => a.Name).Description("Name of the Azienda USL.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZoneType>>>>("zones").Description("The zone-distretto of the authority (zone-distretto dell'ASL).").Reads()
            .Resolve(context => context.LoadList(TerritoryLoaders.ZonesByAuthority, context.Source.Id));
    }
}
