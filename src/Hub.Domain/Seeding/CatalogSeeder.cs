using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>The service catalogue and the Centri per le famiglie, from the embedded lists.</summary>
internal sealed class CatalogSeeder(HubDbContext db)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (!await db.Services.AnyAsync(ct))
            db.Services.AddRange(Services());
        if (!await db.FamilyCenters.AnyAsync(ct))
            db.FamilyCenters.AddRange(await FamilyCentersAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<Service> Services()
    {
        var table = SeedResources.Table("services.csv", "code", "name", "area", "kind", "leps", "residency", "max_wait_days", "cost");
        foreach (var row in table.Rows)
        {
            var service = new Service(table.Get(row, "code"), table.Get(row, "name"),
                Enum.Parse<ServiceArea>(table.Get(row, "area")), Enum.Parse<ServiceKind>(table.Get(row, "kind")));
            var wait = table.Get(row, "max_wait_days");
            service.SetAccessRules(bool.Parse(table.Get(row, "leps")), Enum.Parse<ResidencyRequirement>(table.Get(row, "residency")),
                wait.Length == 0 ? null : int.Parse(wait, System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<CostRule>(table.Get(row, "cost")));
            yield return service;
        }
    }

    private async Task<List<FamilyCenter>> FamilyCentersAsync(CancellationToken ct)
    {
        var table = SeedResources.Table("family-centers.csv", "zone_code", "name", "operator", "services", "min_age", "max_age");
        var zones = (await SeedWorld.ZonesWithComuniAsync(db, ct)).ToDictionary(z => z.Code);
        var centers = new List<FamilyCenter>();
        foreach (var row in table.Rows)
        {
            if (!zones.TryGetValue(table.Get(row, "zone_code"), out var zone))
                continue; // a region loaded without that zone simply has no such centre
            var seat = SeedWorld.LargestComune(zone);
            var center = new FamilyCenter(zone.Id, table.Get(row, "name"), table.Get(row, "operator"), new Address(seat.Id, "Via Roma 1", null));
            center.Offer(table.Get(row, "services").Split(';'), int.Parse(table.Get(row, "min_age"), System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(table.Get(row, "max_age"), System.Globalization.CultureInfo.InvariantCulture));
            center.SetContacts(new Contacts(null, $"famiglie.{zone.Code.ToLowerInvariant()}@example.org"));
            centers.Add(center);
        }
        return centers;
    }
}
