using Hub.Domain.Territory;

namespace Hub.Domain.Tests.Territory;

/// <summary>
/// Variants of the embedded Tuscan files, written in memory. The files hold no quoted fields,
/// so a line splits on commas; the importer's own reader is what is under test.
/// </summary>
internal static class TerritoryCsv
{
    public static string TuscanMunicipalities() => Read(TerritoryFiles.Tuscany.Municipalities);

    public static string TuscanZones() => Read(TerritoryFiles.Tuscany.Zones);

    public static TerritoryFiles Files(string municipalities, string zones, DateOnly validFrom) =>
        new(() => new StringReader(municipalities), () => new StringReader(zones), validFrom);

    /// <summary>The Tuscan comuni with another zone file.</summary>
    public static TerritoryFiles TuscanyWithZones(string zones, DateOnly? validFrom = null) =>
        Files(TuscanMunicipalities(), zones, validFrom ?? TerritoryFiles.Tuscany.ZonesValidFrom);

    /// <summary>Gives the comune's line the zone, zone name and authority of a line of <paramref name="zoneCode"/>.</summary>
    public static string MoveToZone(string zones, string istatCode, string zoneCode)
    {
        var target = Lines(zones).First(fields => fields[0] == zoneCode);
        return Rewrite(zones, fields => fields[3] == istatCode ? [.. target[..3], .. fields[3..]] : fields);
    }

    public static string WithoutComune(string zones, string istatCode) =>
        string.Join('\n', zones.Split('\n').Where(line => line.Split(',') is not [_, _, _, var code, ..] || code != istatCode));

    public static string WithLines(string csv, params string[] lines) =>
        csv.TrimEnd('\n', '\r') + "\n" + string.Join('\n', lines) + "\n";

    private static string Read(Func<TextReader> open)
    {
        using var reader = open();
        return reader.ReadToEnd();
    }

    private static IEnumerable<string[]> Lines(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r').Split(','));

    private static string Rewrite(string csv, Func<string[], string[]> change) =>
        string.Join('\n', Lines(csv).Select(fields => string.Join(',', change(fields)))) + "\n";
}
