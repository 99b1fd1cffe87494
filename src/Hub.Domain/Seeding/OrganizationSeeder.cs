using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>
/// The bodies that use Hub: the Region, each Azienda USL, a Società della Salute per zone,
/// every comune, an anti-violence centre per zone, the hospitals and the accredited providers.
/// </summary>
internal sealed class OrganizationSeeder(HubDbContext db)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Organizations.AnyAsync(ct))
            return;
        db.Organizations.Add(new Organization(OrganizationKind.Region, "Regione Toscana", "01386030488", "090"));
        foreach (var authority in await db.HealthAuthorities.OrderBy(a => a.Code).ToListAsync(ct))
            db.Organizations.Add(Located(new Organization(OrganizationKind.HealthAuthority, $"Azienda {authority.Name}", code: authority.Code), authority.Id, null, null));
        var zones = await SeedWorld.ZonesWithComuniAsync(db, ct);
        foreach (var zone in zones)
        {
            db.Organizations.Add(Located(new Organization(OrganizationKind.HealthSociety, $"Società della Salute {zone.Name}", code: $"SDS-{zone.Code}"),
                zone.HealthAuthorityId, zone.Id, null));
            foreach (var comune in SeedWorld.CurrentComuni(zone))
                db.Organizations.Add(Located(new Organization(OrganizationKind.Municipality, $"Comune di {comune.Name}", code: comune.IstatCode),
                    zone.HealthAuthorityId, zone.Id, comune.Id));
            // Tuscany's anti-violence centres cover the territory zone by zone (one per zone here, in its largest comune).
            db.Organizations.Add(Located(new Organization(OrganizationKind.AntiViolenceCentre, $"Centro antiviolenza {zone.Name}", code: $"CAV-{zone.Code}"),
                zone.HealthAuthorityId, zone.Id, SeedWorld.LargestComune(zone).Id));
        }
        AddHospitals(zones.ToDictionary(z => z.Code));
        AddProviders();
        await db.SaveChangesAsync(ct);
    }

    private void AddHospitals(Dictionary<string, Zone> zones)
    {
        var table = SeedResources.Table("hospitals.csv", "zone_code", "name");
        var number = 0;
        foreach (var row in table.Rows)
        {
            if (!zones.TryGetValue(table.Get(row, "zone_code"), out var zone))
                continue;
            var hospital = new Organization(OrganizationKind.Hospital, table.Get(row, "name"), code: $"HSP-090{++number:000}");
            db.Organizations.Add(Located(hospital, zone.HealthAuthorityId, zone.Id, SeedWorld.LargestComune(zone).Id));
        }
    }

    private void AddProviders()
    {
        var number = 0;
        foreach (var name in SeedResources.Lines("provider-names.txt"))
            db.Organizations.Add(new Organization(OrganizationKind.Provider, name, code: $"ENTE-{++number:0000}"));
    }

    private static Organization Located(Organization organization, Guid? authorityId, Guid? zoneId, Guid? municipalityId)
    {
        organization.LocateIn(authorityId, zoneId, municipalityId);
        return organization;
    }
}
