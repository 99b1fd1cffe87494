using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Organizations;

/// <summary>
/// The zones an organisation serves today, by the rule <see cref="RegisteredOrganization"/> checks tokens
/// against: an Azienda USL the zones of its Azienda, a Società della Salute its zone, a comune the zone it
/// belongs to now; the Region every zone; hospitals and providers none.
/// </summary>
public static class ServedZones
{
    /// <summary>The ids of the zones <paramref name="organization"/> serves; null for the Region (every zone).</summary>
    public static async Task<IReadOnlySet<Guid>?> OfAsync(HubDbContext db, Organization organization, CancellationToken ct)
    {
        var current = db.Zones.AsNoTracking().Where(z => z.ValidTo == null);
        var zones = organization.Kind switch
        {
            OrganizationKind.Region => null,
            OrganizationKind.HealthAuthority => current.Where(z => z.HealthAuthorityId == organization.HealthAuthorityId),
            OrganizationKind.HealthSociety => current.Where(z => z.Id == organization.ZoneId),
            OrganizationKind.Municipality => current.Where(z => db.ZoneMemberships.Any(m => m.ZoneId == z.Id && m.MunicipalityId == organization.MunicipalityId && m.ValidTo == null)),
            _ => current.Where(z => false),
        };
        return zones is null ? null : (await zones.Select(z => z.Id).ToListAsync(ct)).ToHashSet();
    }
}
