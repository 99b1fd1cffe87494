using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Care;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Structures;

/// <summary>Batched reads of structures' modules and the places their placements hold.</summary>
public static class StructureLoaders
{
    /// <summary>A structure's modules, by kind and name.</summary>
    public static readonly Loader<Guid, List<StructureModule>> ModulesByStructure =
        Loader.Children<StructureModule>(m => m.StructureId, q => q.OrderBy(m => m.Kind).ThenBy(m => m.Name));

    /// <summary>Placements holding a place in a module now (admitted or absent); none counts 0.</summary>
    public static readonly Loader<Guid, int> PlacesHeldByModule = new(async (request, keys, ct) =>
        await request.Db.Placements.Where(p => p.ModuleId != null && keys.Contains(p.ModuleId.Value) && (p.Status == PlacementStatus.Admitted || p.Status == PlacementStatus.Absent))
            .GroupBy(p => p.ModuleId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));
}
