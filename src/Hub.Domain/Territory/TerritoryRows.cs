using System.Globalization;

namespace Hub.Domain.Territory;

/// <summary>A comune as read from the ISTAT list.</summary>
public sealed record MunicipalityRow(string IstatCode, string Name, Province Province, string CadastralCode, int Population);

/// <summary>A comune's zone as read from the zone file.</summary>
public sealed record ZoneRow(string ZoneCode, string ZoneName, string AuthorityCode, string AuthorityName, string IstatCode, ZoneGovernance? Governance, string? Source);

/// <summary>Reads and cross-checks the two territory files before anything is written.</summary>
public static class TerritoryRows
{
    public static (IReadOnlyList<MunicipalityRow> Municipalities, IReadOnlyList<ZoneRow> Zones) Read(TerritoryFiles files)
    {
        var problems = new List<string>();
        List<MunicipalityRow> municipalities;
        List<ZoneRow> zones;
        using (var reader = files.Municipalities()) municipalities = ReadMunicipalities(reader, problems);
        using (var reader = files.Zones()) zones = ReadZones(reader, problems);
        CrossCheck(municipalities, zones, problems);
        if (problems.Count > 0)
            throw new TerritoryImportException(problems);
        return (municipalities, zones);
    }

    private static List<MunicipalityRow> ReadMunicipalities(TextReader reader, List<string> problems)
    {
        var table = CsvTable.Read(reader, "The comuni file", "istat_code", "name", "province_code", "province_name", "province_abbr", "cadastral_code");
        var populationColumn = table.Has("population") ? "population" : "population_2011";
        var rows = new List<MunicipalityRow>();
        foreach (var (row, line) in table.Rows.Select((r, i) => (r, i + 2)))
        {
            var istat = table.Get(row, "istat_code");
            if (!int.TryParse(table.Get(row, populationColumn), NumberStyles.None, CultureInfo.InvariantCulture, out var population))
                problems.Add($"Comuni line {line} ({istat}): population is not a whole number.");
            if (table.Get(row, "cadastral_code").Length != 4)
                problems.Add($"Comuni line {line} ({istat}): the cadastral code must have 4 characters.");
            var province = new Province(table.Get(row, "province_code"), table.Get(row, "province_name"), table.Get(row, "province_abbr"));
            rows.Add(new MunicipalityRow(istat, table.Get(row, "name"), province, table.Get(row, "cadastral_code"), population));
        }
        return rows;
    }

    private static List<ZoneRow> ReadZones(TextReader reader, List<string> problems)
    {
        var table = CsvTable.Read(reader, "The zone file", "zone_code", "zone_name", "health_authority", "istat_code");
        var rows = new List<ZoneRow>();
        foreach (var (row, line) in table.Rows.Select((r, i) => (r, i + 2)))
        {
            var zoneCode = table.Get(row, "zone_code");
            var governanceText = table.Get(row, "governance");
            ZoneGovernance? governance = null;
            if (governanceText.Length > 0 && Enum.TryParse<ZoneGovernance>(governanceText, true, out var parsed))
                governance = parsed;
            else if (governanceText.Length > 0)
                problems.Add($"Zone line {line}: governance '{governanceText}' is not one of {string.Join(", ", Enum.GetNames<ZoneGovernance>())}.");
            var authorityCode = table.Get(row, "health_authority_code") is { Length: > 0 } code ? code : AuthorityCodeFrom(zoneCode);
            var source = table.Get(row, "source");
            rows.Add(new ZoneRow(zoneCode, table.Get(row, "zone_name"), authorityCode, table.Get(row, "health_authority"),
                table.Get(row, "istat_code"), governance, source.Length > 0 ? source : null));
        }
        return rows;
    }

    // Zone codes are "<authority>-<zone>" (NO-PIS): without an explicit authority code column,
    // the prefix names the authority.
    private static string AuthorityCodeFrom(string zoneCode) =>
        zoneCode.IndexOf('-') is > 0 and var dash ? zoneCode[..dash] : zoneCode;

    private static void CrossCheck(List<MunicipalityRow> municipalities, List<ZoneRow> zones, List<string> problems)
    {
        foreach (var duplicate in municipalities.GroupBy(m => m.IstatCode).Where(g => g.Count() > 1))
            problems.Add($"Comune {duplicate.Key} is listed {duplicate.Count()} times.");
        var known = municipalities.Select(m => m.IstatCode).ToHashSet();
        foreach (var unknown in zones.Where(z => !known.Contains(z.IstatCode)))
            problems.Add($"Zone {unknown.ZoneCode} names comune {unknown.IstatCode}, which is not in the comuni file.");
        var zoned = zones.GroupBy(z => z.IstatCode).ToDictionary(g => g.Key, g => g.Count());
        foreach (var m in municipalities.Where(m => zoned.GetValueOrDefault(m.IstatCode) != 1))
            problems.Add($"Comune {m.IstatCode} {m.Name} is in {zoned.GetValueOrDefault(m.IstatCode)} zones, not exactly one.");
        foreach (var zone in zones.GroupBy(z => z.ZoneCode).Where(g => g.Select(z => (z.ZoneName, z.AuthorityName)).Distinct().Count() > 1))
            problems.Add($"Zone {zone.Key} has different names or authorities on different lines.");
    }
}
