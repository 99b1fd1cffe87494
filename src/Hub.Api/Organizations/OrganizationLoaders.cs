using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

/// <summary>Batched reads of organisations' staff.</summary>
public static class OrganizationLoaders
{
    /// <summary>The zones a staff member serves, by code.</summary>
    // A collection projection rather than SelectMany over the skip navigation: that needs SQL APPLY,
    // which SQLite lacks. Joined as one statement on every provider.
    public static readonly Loader<Guid, List<Zone>> ZonesByStaffMember = new(async (request, keys, ct) =>
        (await request.Db.StaffMembers.Where(s => keys.Contains(s.Id)).Select(s => new { s.Id, s.Zones }).AsNoTracking().ToListAsync(ct))
        .ToDictionary(x => x.Id, x => x.Zones.OrderBy(z => z.Code, StringComparer.Ordinal).ToList()));
}
