using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Territory;

/// <summary>Batched reads of comuni and their current zone, joined in one statement when the query asks for both.</summary>
public static class MunicipalityLoads
{
    private const string CurrentZoneByMunicipality = "current zone by comune";

    /// <summary>A comune by id; with its current zone in the same statement when <c>zone</c> is selected below it.</summary>
    public static IDataLoaderResult<Municipality?> LoadMunicipality(this IResolveFieldContext context, Guid id)
    {
        if (!context.Selects("zone"))
            return context.LoadById<Municipality>(id);
        var loaders = context.RequestServices!.GetRequiredService<RequestLoaders>();
        return context.LoadPerParent("Municipality with current zone by id", id, async (db, keys, ct) =>
        {
            var rows = await (
                from municipality in db.Municipalities.AsNoTracking().Where(m => keys.Contains(m.Id))
                join membership in db.ZoneMemberships.Where(m => m.ValidTo == null) on municipality.Id equals membership.MunicipalityId into current
                from membership in current.DefaultIfEmpty()
                select new { Municipality = municipality, Zone = membership == null ? null : membership.Zone }).ToListAsync(ct);
            foreach (var row in rows)
                loaders.Prime(CurrentZoneByMunicipality, row.Municipality.Id, row.Zone);
            return rows.ToDictionary(row => row.Municipality.Id, row => row.Municipality);
        });
    }

    /// <summary>The zone a comune belongs to today.</summary>
    public static IDataLoaderResult<Zone?> LoadCurrentZone(this IResolveFieldContext context, Guid municipalityId) =>
        context.LoadPerParent(CurrentZoneByMunicipality, municipalityId, async (db, keys, ct) =>
            await db.ZoneMemberships.AsNoTracking().Where(m => keys.Contains(m.MunicipalityId) && m.ValidTo == null)
                .Select(m => new { m.MunicipalityId, m.Zone }).ToDictionaryAsync(m => m.MunicipalityId, m => m.Zone!, ct));
}
