using System.Collections.Frozen;
using System.Globalization;

namespace Hub.Domain.Territory;

/// <summary>
/// Every cadastral (Belfiore) code in the national lists: the comuni of Italy, current and ceased, and the
/// foreign states (Z codes), from <c>Data/cadastral-codes.csv</c> (ANPR's archive of comuni and ISTAT's list of
/// foreign states; source and licence in <c>Data/README.md</c>). Reference data rather than territory: a person
/// may be born anywhere, while the territory holds only the region's comuni that the services cover.
/// </summary>
public static class CadastralCodes
{
    private const string File = "cadastral-codes.csv";

    // Read once, on first use: about 10,000 rows.
    private static readonly Lazy<FrozenDictionary<string, CadastralPlace>> Places = new(Load);

    /// <summary>The place a code names, or null when no list knows it; the code is matched as given (upper case).</summary>
    public static CadastralPlace? Find(string code) => Places.Value.GetValueOrDefault(code);

    private static FrozenDictionary<string, CadastralPlace> Load()
    {
        using var reader = TerritoryFiles.Embedded(File);
        var table = CsvTable.Read(reader, File, "cadastral_code", "name", "province", "ceased_on");
        return table.Rows
            .Select(row => new CadastralPlace(
                table.Get(row, "cadastral_code"),
                table.Get(row, "name"),
                NullIfEmpty(table.Get(row, "province")),
                NullIfEmpty(table.Get(row, "ceased_on")) is { } ceased ? DateOnly.ParseExact(ceased, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null))
            .ToFrozenDictionary(place => place.Code, StringComparer.Ordinal);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
