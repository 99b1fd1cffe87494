using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>What a zone offers to the persons being generated: its comuni, staff, hospitals and places.</summary>
internal sealed record SeedZone(
    Zone Zone,
    IReadOnlyList<Municipality> Comuni,
    IReadOnlyList<StaffMember> SocialWorkers,
    IReadOnlyList<StaffMember> AssessmentTeam,
    IReadOnlyList<Organization> Hospitals,
    IReadOnlyList<StructureModule> ResidentialModules,
    IReadOnlyList<StructureModule> DayModules,
    IReadOnlyList<StructureModule> IntermediateModules,
    IReadOnlyList<StructureModule> CommunityModules,
    IReadOnlyList<FamilyCenter> FamilyCenters,
    Organization? Centre,
    IReadOnlyList<StaffMember> CentreStaff,
    IReadOnlyList<StructureModule> ShelterModules);

/// <summary>
/// The master data loaded once, read-only, for generating persons and their care. Loaded from
/// the database so that `seed` can add persons to a database seeded earlier.
/// </summary>
internal sealed class SeedWorld
{
    private SeedWorld(IReadOnlyList<SeedZone> zones, IReadOnlyDictionary<string, Service> services,
        IReadOnlyDictionary<Guid, Structure> structures, IReadOnlyList<StaffMember> staff)
    {
        Zones = zones;
        Services = services;
        Structures = structures;
        StaffById = staff.ToDictionary(s => s.Id);
        ZoneOfComune = zones.SelectMany(z => z.Comuni.Select(m => (m.Id, z))).ToDictionary(x => x.Id, x => x.z);
        Comuni = new WeightedPicker<Municipality>(zones.SelectMany(z => z.Comuni).ToList(), m => m.Population);
    }

    public IReadOnlyList<SeedZone> Zones { get; }
    public IReadOnlyDictionary<string, Service> Services { get; }
    public IReadOnlyDictionary<Guid, Structure> Structures { get; }
    public IReadOnlyDictionary<Guid, StaffMember> StaffById { get; }
    public IReadOnlyDictionary<Guid, SeedZone> ZoneOfComune { get; }
    public WeightedPicker<Municipality> Comuni { get; }

    // The residential placements seeded so far, per person: the seed obeys the one-placement rule as every other writer does.
    private readonly Dictionary<Guid, List<Placement>> placed = [];

    /// <summary>The residential placements seeded so far for <paramref name="personId"/> (<see cref="PlacementsInCourse"/>).</summary>
    public PlacementsInCourse PlacedSoFar(Guid personId) => PlacementsInCourse.Of(personId, placed.GetValueOrDefault(personId) ?? []);

    /// <summary>Records a residential placement just seeded, so the person's next one is judged against it.</summary>
    public Placement Place(Placement placement)
    {
        if (!placed.TryGetValue(placement.PersonId, out var list))
            placed[placement.PersonId] = list = [];
        list.Add(placement);
        return placement;
    }

    public static async Task<SeedWorld> LoadAsync(HubDbContext db, CancellationToken ct)
    {
        var zones = await ZonesWithComuniAsync(db, ct);
        var staff = await db.StaffMembers.Include(s => s.Zones).OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.Id).ToListAsync(ct);
        var hospitals = await db.Organizations.Where(o => o.Kind == OrganizationKind.Hospital).OrderBy(o => o.Code).ToListAsync(ct);
        var structures = await db.Structures.Include(s => s.Modules).OrderBy(s => s.RegionalCode).ToListAsync(ct);
        var services = await db.Services.ToDictionaryAsync(s => s.Code, ct);
        var centers = await db.FamilyCenters.OrderBy(c => c.Name).ToListAsync(ct);
        var antiViolence = await db.Organizations.Where(o => o.Kind == OrganizationKind.AntiViolenceCentre).OrderBy(o => o.Code).ToListAsync(ct);
        var seedZones = zones.Select(zone => Describe(zone, zones, staff, hospitals, structures, centers, antiViolence)).ToList();
        return new SeedWorld(seedZones, services, structures.ToDictionary(s => s.Id), staff);
    }

    public static Task<List<Zone>> ZonesWithComuniAsync(HubDbContext db, CancellationToken ct) =>
        db.Zones.Include(z => z.Memberships).ThenInclude(m => m.Municipality).OrderBy(z => z.Code).AsSplitQuery().ToListAsync(ct);

    public static IEnumerable<Municipality> CurrentComuni(Zone zone) =>
        zone.Memberships.Where(m => m.ValidTo is null).Select(m => m.Municipality!).OrderBy(m => m.IstatCode);

    public static Municipality LargestComune(Zone zone) => CurrentComuni(zone).MaxBy(m => m.Population)!;

    private static SeedZone Describe(Zone zone, List<Zone> zones, List<StaffMember> staff, List<Organization> hospitals, List<Structure> structures, List<FamilyCenter> centers,
        List<Organization> antiViolence)
    {
        var centre = antiViolence.FirstOrDefault(o => o.ZoneId == zone.Id);
        var comuni = CurrentComuni(zone).ToList();
        var zoneStaff = staff.Where(s => s.Zones.Any(z => z.Id == zone.Id)).ToList();
        var authorityComuni = zones.Where(z => z.HealthAuthorityId == zone.HealthAuthorityId).SelectMany(CurrentComuni).Select(m => m.Id).ToHashSet();
        var zoneComuni = comuni.Select(m => m.Id).ToHashSet();
        // Small zones may have no structure of a kind: their people are placed elsewhere in the ASL, as happens.
        List<T> LocalFirst<T>(Func<HashSet<Guid>, List<T>> within) => within(zoneComuni) is { Count: > 0 } local ? local : within(authorityComuni);
        List<StructureModule> ModulesOf(StructureKind kind) => LocalFirst(ids => structures
            .Where(s => s.Kind == kind && s.Accreditation == AccreditationStatus.Accredited && ids.Contains(s.Address.MunicipalityId))
            .SelectMany(s => s.Modules).ToList());
        return new SeedZone(zone, comuni,
            zoneStaff.Where(s => s.Profession == Profession.SocialWorker).ToList(),
            zoneStaff.Where(s => s.Profession is Profession.Nurse or Profession.Physician).ToList(),
            LocalFirst(ids => hospitals.Where(h => h.MunicipalityId is { } m && ids.Contains(m)).ToList()),
            ModulesOf(StructureKind.Rsa),
            ModulesOf(StructureKind.DayCenter),
            ModulesOf(StructureKind.IntermediateCare),
            ModulesOf(StructureKind.MinorsCommunity),
            centers.Where(c => c.ZoneId == zone.Id).ToList(),
            centre,
            centre is null ? [] : staff.Where(s => s.OrganizationId == centre.Id).ToList(),
            centre is null ? [] : structures.Where(s => s.Kind == StructureKind.Shelter && s.OperatorOrganizationId == centre.Id).SelectMany(s => s.Modules).ToList());
    }
}
