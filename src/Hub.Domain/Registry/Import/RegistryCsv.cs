using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Hub.Domain.Common;

namespace Hub.Domain.Registry.Import;

/// <summary>
/// A registry file read with CsvHelper (RFC 4180: quoted fields, commas and quotes inside them): its rows with
/// their line numbers, and cells read by column name that note a <see cref="ImportProblem"/> instead of throwing,
/// so one pass reports every bad cell of the file.
/// </summary>
public sealed class RegistryCsv
{
    private readonly Dictionary<string, int> columns;

    private RegistryCsv(Dictionary<string, int> columns, List<Row> rows) => (this.columns, Rows) = (columns, rows);

    /// <summary>A data row: its line in the file and its cells.</summary>
    public sealed record Row(int Line, string[] Cells);

    public IReadOnlyList<Row> Rows { get; }

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Reads <paramref name="text"/>; a missing column is a problem of line 1, and the rows are then left unread.</summary>
    public static RegistryCsv Read(string text, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        var problems = new List<ImportProblem>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = bad => problems.Add(new ImportProblem(bad.Context.Parser!.RawRow, null, $"Malformed quoting: {bad.RawRecord.Trim()}")),
        };
        using var csv = new CsvReader(new StringReader(text), configuration);
        var header = csv.Read() && csv.ReadHeader() ? csv.HeaderRecord! : [];
        var columns = header.Select((name, index) => (name, index)).DistinctBy(c => c.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(c => c.name, c => c.index, StringComparer.OrdinalIgnoreCase);
        var missing = required.Where(c => !columns.ContainsKey(c)).Select(c => new ImportProblem(1, c, $"The column {c} is missing: the header must name {string.Join(", ", required)} (optional: {string.Join(", ", optional)}).")).ToList();
        var rows = new List<Row>();
        while (missing.Count == 0 && csv.Read())
        {
            var cells = csv.Parser.Record ?? [];
            if (cells.Any(c => c.Length > 0))
                rows.Add(new Row(csv.Parser.RawRow, cells));
        }
        var table = new RegistryCsv(columns, rows);
        table.Problems.AddRange(missing);
        table.Problems.AddRange(problems);
        return table;
    }

    /// <summary>
    /// The cell's text, trimmed, of at most <paramref name="maxLength"/> characters (every text column is bounded, as
    /// its database column is: a longer one is a problem of its line, never a failed save); null when empty, too long
    /// or the column is absent (an optional one).
    /// </summary>
    public string? Text(Row row, string column, int maxLength = 200)
    {
        var text = Cell(row, column);
        if (text is null || text.Length <= maxLength)
            return text;
        Problem(row, column, $"has {text.Length} characters: at most {maxLength}.");
        return null;
    }

    /// <summary>A cell that must hold text of at most <paramref name="maxLength"/> characters.</summary>
    public string? Required(Row row, string column, int maxLength = 200)
    {
        if (Cell(row, column) is null)
        {
            Problem(row, column, "is empty: a value is required.");
            return null;
        }
        return Text(row, column, maxLength);
    }

    private string? Cell(Row row, string column) =>
        columns.TryGetValue(column, out var index) && index < row.Cells.Length && row.Cells[index].Length > 0 ? row.Cells[index] : null;

    /// <summary>A whole number of zero or more.</summary>
    public int? Count(Row row, string column) => Number(row, column, NumberStyles.None, "a whole number of zero or more", s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));

    /// <summary>A decimal with a point (36.5), not a comma.</summary>
    public decimal? Amount(Row row, string column) => Number(row, column, NumberStyles.AllowDecimalPoint, "a number like 36 or 18.5", s => decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));

    /// <summary>An enum value in the schema's spelling (LOW_INTENSITY), case aside.</summary>
    public TEnum? Choice<TEnum>(Row row, string column) where TEnum : struct, Enum
    {
        var text = Required(row, column);
        if (text is null)
            return null;
        if (Enum.TryParse<TEnum>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
            return value;
        Problem(row, column, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>().Select(ConstantCase))}.");
        return null;
    }

    /// <summary>Notes a problem of <paramref name="column"/> in <paramref name="row"/>; the message follows the column's name.</summary>
    public void Problem(Row row, string? column, string message)
    {
        // A cell read twice (a first pass collects the codes to look up) reports its problem once.
        var problem = new ImportProblem(row.Line, column, column is null ? message : $"{column} {message}");
        if (!Problems.Contains(problem))
            Problems.Add(problem);
    }

    /// <summary>A refusal of the domain (a rule of the record) as a problem of the row, at the column it names when known.</summary>
    public void Refused(Row row, DomainException refusal, IReadOnlyDictionary<string, string> columnOfField) =>
        Problems.Add(new ImportProblem(row.Line, refusal is DomainValidationException v ? columnOfField.GetValueOrDefault(v.Field) : null, refusal.Message));

    private T? Number<T>(Row row, string column, NumberStyles styles, string expected, Func<string, T> parse) where T : struct
    {
        var text = Required(row, column);
        if (text is null)
            return null;
        if (decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out _))
        {
            try
            {
                return parse(text);
            }
            catch (OverflowException)
            {
            }
        }
        Problem(row, column, $"'{text}' is not {expected}.");
        return null;
    }

    /// <summary>
    /// A code (regional code, tax code) as the imports compare it: ignoring the case of A–Z only, as every code filter does
    /// (README, "Codes and other text compare ignoring the case of A–Z only"); the database side compares its upper-cased column.
    /// </summary>
    public static string CodeKey(string code) => string.Create(code.Length, code, (key, text) =>
    {
        for (var i = 0; i < text.Length; i++)
            key[i] = text[i] is >= 'a' and <= 'z' ? (char)(text[i] - ('a' - 'A')) : text[i];
    });

    private static string ConstantCase(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{c}" : char.ToUpperInvariant(c).ToString()));
}
