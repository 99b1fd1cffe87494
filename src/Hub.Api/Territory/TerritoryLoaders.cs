using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Territory;

/// <summary>Batched reads of the territory: comuni with their current zone, zones' residents and centres, authorities' zones.</summary>
public static class TerritoryLoaders
{
    /// <summary>The zone a comune belongs to today.</summary>
    public static readonly Loader<Guid, Zone> CurrentZoneByMunicipality = new(async (request, keys, ct) =>
        await request.Db.ZoneMemberships.AsNoTracking().Where(m => keys.Contains(m.MunicipalityId) && m.ValidTo == null)
            .Select(m => new { m.MunicipalityId, m.Zone }).ToDictionaryAsync(m => m.MunicipalityId, m => m.Zone!, ct));

    /// <summary>Comuni by id read with their current zone, which is handed to <see cref="CurrentZoneByMunicipality"/>.</summary>
    public static readonly Loader<Guid, Municipality> MunicipalityWithCurrentZone = new(async (request, keys, ct) =>
    {
        var db = request.Db;
        var rows = await (
            from municipality in db.Municipalities.AsNoTracking().Where(m => keys.Contains(m.Id))
            join membership in db.ZoneMemberships.Where(m => m.ValidTo == null) on municipality.Id equals membership.MunicipalityId into current
            from membership in current.DefaultIfEmpty()
            select new { Municipality = municipality, Zone = membership == null ? null : membership.Zone }).ToListAsync(ct);
        foreach (var row in rows)
            request.Prime(CurrentZoneByMunicipality, row.Municipality.Id, row.Zone);
        return rows.ToDictionary(row => row.Municipality.Id, row => row.Municipality);
    });

    /// <summary>A comune's zones over time, oldest first.</summary>
    public static readonly Loader<Guid, List<ZoneMembership>> ZoneHistoryByMunicipality =
        Loader.Children<ZoneMembership>(m => m.MunicipalityId, q => q.OrderBy(m => m.ValidFrom));

    /// <summary>A zone's residents: the sum of its current comuni's populations.</summary>
    public static readonly Loader<Guid, int> PopulationByZone = new(async (request, keys, ct) =>
        await request.Db.ZoneMemberships.Where(m => keys.Contains(m.ZoneId) && m.ValidTo == null)
            .GroupBy(m => m.ZoneId).Select(g => new { g.Key, Population = g.Sum(m => m.Municipality!.Population) })
            .ToDictionaryAsync(g => g.Key, g => g.Population, ct));

    /// <summary>A zone's Centri per le famiglie, by name.</summary>
    public static readonly Loader<Guid, List<FamilyCenter>> FamilyCentersByZone = Loader.Children<FamilyCenter>(f => f.ZoneId, q => q.OrderBy(f => f.Name));

    /// <summary>An authority's zones, by code.</summary>
    public static readonly Loader<Guid, List<Zone>> ZonesByAuthority = Loader.Children<Zone>(z => z.HealthAuthorityId, q => q.OrderBy(z => z.Code));

    /// <summary>A comune by id; with its current zone in the same statement when <c>zone</c> is selected below it.</summary>
    public static IDataLoaderResult<Municipality?> LoadMunicipality(this IResolveFieldContext context, Guid id) =>
        context.Load(context.Selects("zone") ? MunicipalityWithCurrentZone : EntityLoader<Municipality>.ById, id);
}
