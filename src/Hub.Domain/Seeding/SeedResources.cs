using Hub.Domain.Territory;

namespace Hub.Domain.Seeding;

/// <summary>The demo data's reference lists, embedded in the assembly (data, not code).</summary>
internal static class SeedResources
{
    public static IReadOnlyList<string> Lines(string file)
    {
        using var reader = Open(file);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static CsvTable Table(string file, params string[] columns)
    {
        using var reader = Open(file);
        return CsvTable.Read(reader, file, columns);
    }

    private static StreamReader Open(string file) =>
        new(typeof(SeedResources).Assembly.GetManifestResourceStream($"Hub.Domain.Seeding.Data.{file}")
            ?? throw new InvalidOperationException($"Embedded seed file {file} is missing from the build."));
}
