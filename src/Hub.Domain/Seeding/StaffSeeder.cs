using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>
/// Territorial staff per zone, employed by its Società della Salute: social workers near the
/// LEPS ratio of one per 5,000 residents (some zones above it, some below), and the nurses,
/// physicians and others who sit on the UVM.
/// </summary>
internal sealed class StaffSeeder(HubDbContext db, SeedRandom random, NameBook names)
{
    private const int ResidentsPerSocialWorker = 5_000;

    private static readonly (Profession Profession, int PerZone)[] Team =
    [
        (Profession.Nurse, 3), (Profession.Physician, 2), (Profession.Educator, 2),
        (Profession.Psychologist, 1), (Profession.Physiotherapist, 1), (Profession.CareAssistant, 2), (Profession.Administrative, 2),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.StaffMembers.AnyAsync(ct))
            return;
        var societies = await db.Organizations.Where(o => o.Kind == OrganizationKind.HealthSociety).ToDictionaryAsync(o => o.ZoneId!.Value, ct);
        foreach (var zone in await SeedWorld.ZonesWithComuniAsync(db, ct))
        {
            var population = SeedWorld.CurrentComuni(zone).Sum(m => m.Population);
            var coverage = 0.6 + random.Fraction() * 0.65;
            var socialWorkers = Math.Max(1, (int)Math.Round(population / (double)ResidentsPerSocialWorker * coverage));
            for (var i = 0; i < socialWorkers; i++)
                Hire(Profession.SocialWorker, societies[zone.Id], zone);
            foreach (var (profession, perZone) in Team)
                for (var i = 0; i < perZone; i++)
                    Hire(profession, societies[zone.Id], zone);
        }
        await db.SaveChangesAsync(ct);
    }

    private void Hire(Profession profession, Organization employer, Territory.Zone zone)
    {
        var (first, last, _) = names.Next(random);
        var hours = random.Weighted<decimal>([(36m, 80), (30m, 8), (24m, 7), (18m, 5)]);
        var staff = new StaffMember(first, last, profession, employer, hours);
        staff.SetContacts(new Contacts($"+39 3{random.Between(20, 49)} {random.Between(1000000, 9999999)}",
            $"{Ascii(first)}.{Ascii(last)}@sds-{zone.Code.ToLowerInvariant()}.example.org"));
        staff.Serve(zone);
        db.StaffMembers.Add(staff);
    }

    private static string Ascii(string name) =>
        new(name.ToLowerInvariant().Replace("ò", "o", StringComparison.Ordinal).Where(char.IsAsciiLetter).ToArray());
}
