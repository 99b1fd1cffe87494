using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

/// <summary>Batched reads of organisations' staff.</summary>
public static class OrganizationLoaders
{
    /// <summary>The zones a staff member serves, by code.</summary>
    public static readonly Loader<Guid, List<Zone>> ZonesByStaffMember = new(async (request, keys, ct) =>
        (await request.Db.StaffMembers.Where(s => keys.Contains(s.Id)).SelectMany(s => s.Zones.Select(z => new { StaffId = s.Id, Zone = z }))
            .AsNoTracking().ToListAsync(ct))
        .GroupBy(x => x.StaffId).ToDictionary(g => g.Key, g => g.Select(x => x.Zone).OrderBy(z => z.Code, StringComparer.Ordinal).ToList()));
}
