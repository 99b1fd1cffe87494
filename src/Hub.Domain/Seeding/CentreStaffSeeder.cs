using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>
/// The operators of each Centro antiviolenza: a social worker and a psychologist, on the centre's own staff and serving
/// no zone (a centre's reach is its own cases, not a territory), so they never join a zone's teams. Added after the zones'
/// staff and from a random source of its own, so every staff member seeded before stays as they were.
/// </summary>
internal sealed class CentreStaffSeeder(HubDbContext db, SeedRandom random, NameBook names)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var centres = await db.Organizations.Where(o => o.Kind == OrganizationKind.AntiViolenceCentre).OrderBy(o => o.Code).ToListAsync(ct);
        var ids = centres.Select(c => c.Id).ToList();
        if (await db.StaffMembers.AnyAsync(s => ids.Contains(s.OrganizationId), ct))
            return;
        foreach (var centre in centres)
            foreach (var profession in new[] { Profession.SocialWorker, Profession.Psychologist })
            {
                var (first, last, _) = names.Next(random);
                var operatorOfCentre = new StaffMember(first, last, profession, centre, random.Weighted<decimal>([(36m, 60), (24m, 25), (18m, 15)]));
                operatorOfCentre.SetContacts(new Contacts($"+39 3{random.Between(20, 49)} {random.Between(1000000, 9999999)}", $"{centre.Code!.ToLowerInvariant()}@example.org"));
                db.StaffMembers.Add(operatorOfCentre);
            }
        await db.SaveChangesAsync(ct);
    }
}
