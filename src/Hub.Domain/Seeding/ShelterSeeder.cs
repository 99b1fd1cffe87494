using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>
/// A shelter (casa rifugio) per Centro antiviolenza, in a comune of the centre's zone, with one module of places. Added after the other
/// structures and from a random source of its own, so every structure seeded before stays as it was.
/// </summary>
internal sealed class ShelterSeeder(HubDbContext db, SeedRandom random)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Structures.AnyAsync(s => s.Kind == StructureKind.Shelter, ct))
            return;
        var zones = (await SeedWorld.ZonesWithComuniAsync(db, ct)).ToDictionary(z => z.Id);
        var centres = await db.Organizations.Where(o => o.Kind == OrganizationKind.AntiViolenceCentre && o.ZoneId != null).OrderBy(o => o.Code).ToListAsync(ct);
        foreach (var centre in centres)
        {
            var comune = random.Pick(SeedWorld.CurrentComuni(zones[centre.ZoneId!.Value]).ToList());
            // Opaque: a code naming the comune or a sequence would tell where a shelter is, or that one exists (red team 36).
            var code = $"{Structure.ShelterCodePrefix}{random.Between(0x10000000, 0x7FFFFFFE):X8}";
            // The address is the secret the row scopes keep: written plainly here, it is shown to the centre alone.
            var shelter = new Structure(StructureKind.Shelter, $"Casa rifugio {centre.Name}", code, centre,
                new Address(comune.Id, $"Indirizzo riservato {random.Between(1, 99)}", null));
            shelter.AddModule(ModuleKind.Shelter, "Posti in casa rifugio", 6, 6, new ModuleTariff(0m, 0m));
            db.Structures.Add(shelter);
        }
        await db.SaveChangesAsync(ct);
    }
}
