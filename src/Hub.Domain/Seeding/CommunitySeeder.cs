using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>
/// A community for minors (comunità per minori) per Azienda USL, in the largest comune of its first zone, with a
/// family-like module, a socio-educational one and emergency reception. Added after the other structures and from a
/// random source of its own, so every structure seeded before stays as it was.
/// </summary>
internal sealed class CommunitySeeder(HubDbContext db, SeedRandom random)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Structures.AnyAsync(s => s.Kind == StructureKind.MinorsCommunity, ct))
            return;
        var providers = await db.Organizations.Where(o => o.Kind == OrganizationKind.Provider).OrderBy(o => o.Code).ToListAsync(ct);
        var sequence = 0;
        foreach (var zones in (await SeedWorld.ZonesWithComuniAsync(db, ct)).GroupBy(z => z.HealthAuthorityId))
        {
            var comune = SeedWorld.LargestComune(zones.First());
            var code = $"{StructureKind.MinorsCommunity.ToString().ToUpperInvariant()}-{comune.IstatCode}-{++sequence:0000}";
            var community = new Structure(StructureKind.MinorsCommunity, $"Comunità per minori {comune.Name}", code, random.Pick(providers),
                new Address(comune.Id, $"Via dei Tigli {random.Between(1, 80)}", null));
            community.SetContacts(new Contacts($"+39 0{random.Between(50, 59)} {random.Between(100000, 999999)}", $"info.{code.ToLowerInvariant()}@example.org"));
            community.Accredit(AccreditationStatus.Accredited, $"DD {random.Between(1000, 25000)}/{random.Between(2019, 2025)}", null);
            community.AddModule(ModuleKind.FamilyCommunity, "Comunità familiare", 6, 6, new ModuleTariff(0m, random.Money(95, 120)));
            community.AddModule(ModuleKind.SocioEducationalCommunity, "Comunità socio-educativa", 10, 10, new ModuleTariff(0m, random.Money(120, 150)));
            community.AddModule(ModuleKind.EmergencyReception, "Pronta accoglienza", 4, 4, new ModuleTariff(0m, random.Money(140, 170)));
            db.Structures.Add(community);
        }
        await db.SaveChangesAsync(ct);
    }
}
