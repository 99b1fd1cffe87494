using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Territory;

/// <summary>What the database holds after an import, and how many comuni changed zone in it.</summary>
public sealed record TerritoryImportResult(int Authorities, int Zones, int Municipalities, int MembershipsChanged);

/// <summary>
/// Loads a region's authorities, zones and comuni, creating what is new and updating what
/// exists (by code), so a corrected file can be imported again. A comune that moved zone gets
/// a new membership from the file's validity date; the old one is closed, not lost.
/// </summary>
public sealed class TerritoryImporter(HubDbContext db)
{
    public async Task<TerritoryImportResult> ImportAsync(TerritoryFiles files, CancellationToken cancellationToken = default)
    {
        var (municipalityRows, zoneRows) = TerritoryRows.Read(files);
        var authorities = await UpsertAuthoritiesAsync(zoneRows, cancellationToken);
        var zones = await UpsertZonesAsync(zoneRows, authorities, files.ZonesValidFrom, cancellationToken);
        var municipalities = await UpsertMunicipalitiesAsync(municipalityRows, cancellationToken);
        var moved = zoneRows.Count(row => AssignsNewZone(municipalities[row.IstatCode], zones[row.ZoneCode], files.ZonesValidFrom, row.Source));
        await db.SaveChangesAsync(cancellationToken);
        return new(authorities.Count, zones.Count, municipalities.Count, moved);
    }

    private async Task<Dictionary<string, HealthAuthority>> UpsertAuthoritiesAsync(IReadOnlyList<ZoneRow> rows, CancellationToken ct)
    {
        var existing = await db.HealthAuthorities.ToDictionaryAsync(a => a.Code, ct);
        foreach (var row in rows.DistinctBy(r => r.AuthorityCode))
        {
            if (existing.TryGetValue(row.AuthorityCode, out var authority))
                authority.Rename(row.AuthorityName);
            else
                db.HealthAuthorities.Add(existing[row.AuthorityCode] = new HealthAuthority(row.AuthorityCode, row.AuthorityName));
        }
        return existing;
    }

    private async Task<Dictionary<string, Zone>> UpsertZonesAsync(IReadOnlyList<ZoneRow> rows, Dictionary<string, HealthAuthority> authorities, DateOnly validFrom, CancellationToken ct)
    {
        var existing = await db.Zones.ToDictionaryAsync(z => z.Code, ct);
        foreach (var zoneRows in rows.GroupBy(r => r.ZoneCode))
        {
            var row = zoneRows.First();
            if (!existing.TryGetValue(row.ZoneCode, out var zone))
                db.Zones.Add(existing[row.ZoneCode] = zone = new Zone(row.ZoneCode, row.ZoneName, authorities[row.AuthorityCode], validFrom, null));
            zone.Describe(row.ZoneName, row.Governance ?? zone.Governance, SourceNote(zoneRows.ToList()));
        }
        return existing;
    }

    private async Task<Dictionary<string, Municipality>> UpsertMunicipalitiesAsync(IReadOnlyList<MunicipalityRow> rows, CancellationToken ct)
    {
        var existing = await db.Municipalities.Include(m => m.Memberships).ToDictionaryAsync(m => m.IstatCode, ct);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.IstatCode, out var municipality))
                municipality.Update(row.Name, row.Province, row.Population);
            else
                db.Municipalities.Add(existing[row.IstatCode] = new Municipality(row.IstatCode, row.CadastralCode, row.Name, row.Province, row.Population));
        }
        return existing;
    }

    private static bool AssignsNewZone(Municipality municipality, Zone zone, DateOnly from, string? source)
    {
        var before = municipality.Memberships.SingleOrDefault(m => m.ValidTo is null)?.ZoneId;
        municipality.AssignTo(zone, from, source);
        return before != zone.Id;
    }

    // The zone keeps a summary of its evidence; each membership keeps its own source.
    private static string SourceNote(IReadOnlyList<ZoneRow> rows)
    {
        var inferred = rows.Count(r => string.Equals(r.Source, "inferred", StringComparison.OrdinalIgnoreCase));
        var sources = rows.Select(r => r.Source).Where(s => s is not null && !s.Equals("inferred", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        var note = $"{rows.Count} comuni; sources: {(sources.Count == 0 ? "none" : string.Join(" ", sources))}";
        return inferred == 0 ? note : $"{note}; {inferred} membership(s) inferred, to be confirmed";
    }
}
