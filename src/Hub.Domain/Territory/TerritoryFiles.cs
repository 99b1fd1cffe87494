namespace Hub.Domain.Territory;

/// <summary>
/// A region's territory as two CSV files: its comuni (ISTAT list) and each comune's zone.
/// Tuscany ships embedded; any other region loads from files of the same shape.
/// </summary>
public sealed record TerritoryFiles(Func<TextReader> Municipalities, Func<TextReader> Zones, DateOnly ZonesValidFrom)
{
    /// <summary>The 28 Tuscan zone-distretto are in force since 1 February 2022 (DCR 101/2021).</summary>
    public static TerritoryFiles Tuscany { get; } = new(
        () => Embedded("toscana-comuni.csv"),
        () => Embedded("toscana-zone-distretto.csv"),
        new DateOnly(2022, 2, 1));

    public static TerritoryFiles FromPaths(string municipalities, string zones, DateOnly validFrom) =>
        new(() => File.OpenText(municipalities), () => File.OpenText(zones), validFrom);

    /// <summary>A reference file built into the assembly from <c>Territory/Data</c>.</summary>
    internal static StreamReader Embedded(string file) =>
        new(typeof(TerritoryFiles).Assembly.GetManifestResourceStream($"Hub.Domain.Territory.Data.{file}")
            ?? throw new InvalidOperationException($"Embedded territory file {file} is missing from the build."));
}
