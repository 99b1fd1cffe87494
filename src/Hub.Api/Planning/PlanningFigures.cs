using Hub.Api.Figures;
using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Planning;

/// <summary>
/// The planners' figures: counts and sums grouped in the database; medians, and the mapping of
/// structures to the zone of their comune, in memory over rows that carry nothing about a person. Closed
/// master data counts for nothing: a closed structure or module offers no place, a staff member who left covers no zone.
/// </summary>
internal static class PlanningFigures
{
    public static async Task<List<ModuleOccupancy>> ModulesAsync(HubDbContext db, Guid? zone, CancellationToken ct)
    {
        var structures = await StructureZonesAsync(db, zone, ct);
        var modules = await db.StructureModules.AsNoTracking().Where(m => m.ClosedOn == null && structures.Keys.Contains(m.StructureId))
            .Select(m => new { m.Id, m.StructureId, m.Kind, m.ContractedPlaces, m.OccupiedPlaces }).ToListAsync(ct);
        return modules.Select(m => new ModuleOccupancy(structures[m.StructureId].ZoneId, m.StructureId, m.Id, structures[m.StructureId].Kind, m.Kind, m.ContractedPlaces, m.OccupiedPlaces))
            .OrderBy(m => m.ZoneId).ThenBy(m => m.StructureId).ThenBy(m => m.ModuleId).ToList();
    }

    public static async Task<List<ZoneOccupancy>> ZonesAsync(HubDbContext db, Guid? zone, CancellationToken ct)
    {
        var structures = await StructureZonesAsync(db, zone, ct);
        var places = await db.StructureModules.AsNoTracking().Where(m => m.ClosedOn == null && structures.Keys.Contains(m.StructureId))
            .GroupBy(m => m.StructureId).Select(g => new { g.Key, Contracted = g.Sum(m => m.ContractedPlaces), Occupied = g.Sum(m => m.OccupiedPlaces) }).ToListAsync(ct);
        return places.GroupBy(p => structures[p.Key].ZoneId)
            .Select(g => new ZoneOccupancy(g.Key, g.Sum(p => p.Contracted), g.Sum(p => p.Occupied))).OrderBy(z => z.ZoneId).ToList();
    }

    public static async Task<List<WaitingList>> WaitingListsAsync(HubDbContext db, Guid? zone, DateOnly today, CancellationToken ct)
    {
        var structures = await StructureZonesAsync(db, zone, ct);
        var waiting = await db.Placements.AsNoTracking().Where(p => p.Status == PlacementStatus.Waitlisted && p.StructureId != null && structures.Keys.Contains(p.StructureId.Value))
            .Select(p => new { StructureId = p.StructureId!.Value, ModuleId = p.ModuleId!.Value, p.PersonId, p.RequestedOn }).ToListAsync(ct);
        return waiting.GroupBy(w => (structures[w.StructureId].ZoneId, w.ModuleId))
            .Select(g => (Cell: g, Persons: g.Select(w => w.PersonId).Distinct().Count()))
            .Select(c => new WaitingList(c.Cell.Key.ZoneId, c.Cell.Key.ModuleId, SmallCells.Shown(c.Persons, c.Cell.Count()),
                SmallCells.Shown(c.Persons, Median.Of(c.Cell.Select(w => today.DayNumber - w.RequestedOn.DayNumber)))))
            .OrderBy(w => w.ZoneId).ThenByDescending(w => w.Waiting ?? 0).ThenBy(w => w.ModuleId).ToList();
    }

    /// <summary>
    /// The cases per zone, state and area, but a Centro antiviolenza's, which nobody but the centre may learn of (a row appearing would tell a
    /// zone that one of its residents went to a centre; red team 37). A case sealed when a centre took its person still counts where it
    /// always did, so the zone's figures do not move that day.
    /// </summary>
    public static async Task<List<CaseCount>> CasesAsync(HubDbContext db, Guid? zone, CancellationToken ct) =>
        (await db.CareCases.AsNoTracking().Where(c => c.CentreId == null && (zone == null || c.ZoneId == zone))
            .GroupBy(c => new { c.ZoneId, c.Status, c.Area })
            .Select(g => new { g.Key, Count = g.Count(), Persons = g.Select(c => c.PersonId).Distinct().Count() }).ToListAsync(ct))
            .Select(g => new CaseCount(g.Key.ZoneId, g.Key.Status, g.Key.Area, SmallCells.Shown(g.Persons, g.Count)))
            .OrderBy(c => c.ZoneId).ThenBy(c => c.Status).ThenBy(c => c.Area).ToList();

    /// <summary>A social worker serving several zones counts in each for an equal share of their hours.</summary>
    public static async Task<List<SocialWorkerCoverage>> CoverageAsync(HubDbContext db, Guid? zone, CancellationToken ct)
    {
        var served = await db.Set<Dictionary<string, object>>("StaffZones")
            .Join(db.StaffMembers.Where(s => s.Profession == Profession.SocialWorker && s.ClosedOn == null), j => EF.Property<Guid>(j, "StaffMemberId"), s => s.Id,
                (j, s) => new { ZoneId = EF.Property<Guid>(j, "ZoneId"), StaffId = s.Id, s.WeeklyHours })
            .ToListAsync(ct);
        var zonesPerWorker = served.GroupBy(s => s.StaffId).ToDictionary(g => g.Key, g => g.Count());
        var fte = served.GroupBy(s => s.ZoneId)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.WeeklyHours / StaffMember.FullTimeWeeklyHours / zonesPerWorker[s.StaffId]));
        var population = await db.ZoneMemberships.AsNoTracking().Where(m => m.ValidTo == null && (zone == null || m.ZoneId == zone))
            .GroupBy(m => m.ZoneId).Select(g => new { g.Key, Population = g.Sum(m => m.Municipality!.Population) }).ToListAsync(ct);
        return population.Select(p => new SocialWorkerCoverage(p.Key, p.Population, Math.Round(fte.GetValueOrDefault(p.Key), 2)))
            .OrderBy(c => c.ZoneId).ToList();
    }

    public static async Task<List<DischargeLeadTime>> DischargeLeadTimesAsync(HubDbContext db, Guid? zone, CancellationToken ct)
    {
        var discharged = await db.DischargeRequests.AsNoTracking()
            .Where(d => d.Status == DischargeRequestStatus.Discharged && d.DischargedOn != null && (zone == null || d.ZoneId == zone))
            .Select(d => new { d.ZoneId, d.PersonId, d.SubmittedOn, d.DischargedOn }).ToListAsync(ct);
        return discharged.GroupBy(d => d.ZoneId).Select(g =>
        {
            var days = g.Select(d => d.DischargedOn!.Value.DayNumber - d.SubmittedOn.DayNumber).ToList();
            var persons = g.Select(d => d.PersonId).Distinct().Count();
            return new DischargeLeadTime(g.Key, SmallCells.Shown(persons, days.Count), SmallCells.Shown(persons, Median.Of(days)), SmallCells.Shown(persons, Math.Round(days.Average(), 1)));
        }).OrderBy(d => d.ZoneId).ToList();
    }

    // Each open structure (a few thousand at regional scale) with the zone its comune belongs to today; never a shelter, whose existence and
    // places only its centre knows (issue 17): the figures are counted as the system, which every row scope lets through.
    private static async Task<Dictionary<Guid, (Hub.Domain.Structures.StructureKind Kind, Guid ZoneId)>> StructureZonesAsync(HubDbContext db, Guid? zone, CancellationToken ct)
    {
        var zoneOf = await db.ZoneMemberships.AsNoTracking().Where(m => m.ValidTo == null && (zone == null || m.ZoneId == zone))
            .ToDictionaryAsync(m => m.MunicipalityId, m => m.ZoneId, ct);
        var structures = await db.Structures.AsNoTracking().Where(s => s.ClosedOn == null && s.Kind != Hub.Domain.Structures.StructureKind.Shelter).Select(s => new { s.Id, s.Kind, s.Address.MunicipalityId }).ToListAsync(ct);
        return structures.Where(s => zoneOf.ContainsKey(s.MunicipalityId)).ToDictionary(s => s.Id, s => (s.Kind, zoneOf[s.MunicipalityId]));
    }
}
