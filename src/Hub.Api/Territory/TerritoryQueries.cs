using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Territory;

/// <summary>Root fields of the territory: authorities, zones and comuni.</summary>
public sealed class TerritoryQueries : IQueryFields
{
    public static readonly SortOrder<Municipality> MunicipalityOrder = SortOrder<Municipality>.ByKeys(NameOrder.Keys<Municipality>("name", m => m.Name));
    public static readonly SortOrder<Zone> ZoneOrder = SortOrder<Zone>.By("code", z => z.Code);
    public static readonly SortOrder<HealthAuthority> AuthorityOrder = SortOrder<HealthAuthority>.By("code", a => a.Code);

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, HealthAuthorityType, HealthAuthority>("healthAuthorities", "The Aziende USL (local health authorities), by code.",
            (_, db) => db.HealthAuthorities.AsNoTracking(), AuthorityOrder);
        query.Connection<object?, ZoneType, Zone>("zones", "The zone-distretto, by code.",
            (_, db) => db.Zones.AsNoTracking(), ZoneOrder);
        query.Connection<object?, MunicipalityType, Municipality>("municipalities", "The comuni, by name.",
            (_, db) => db.Municipalities.AsNoTracking(), MunicipalityOrder);
        query.Field<MunicipalityType>("municipality").Description("A comune by its ISTAT code; null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("istatCode", "Six-digit ISTAT code, e.g. 048017 (Firenze).")
            .ResolveAsync(async context => await context.Db().Municipalities.AsNoTracking()
                .SingleOrDefaultAsync(m => m.IstatCode == context.GetArgument<string>("istatCode"), context.CancellationToken));
    }
}
