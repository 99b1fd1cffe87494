using System.Text;

namespace Hub.Domain.Territory;

/// <summary>A small RFC 4180 reader: a header row, then rows addressed by column name.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> columns;

    private CsvTable(string[] header, List<string[]> rows)
    {
        columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name.Trim(), c => c.index, StringComparer.OrdinalIgnoreCase);
        Rows = rows;
    }

    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Read(TextReader reader, string name, params string[] requiredColumns)
    {
        var records = ParseRecords(reader.ReadToEnd()).Where(r => r.Length > 1 || r[0].Length > 0).ToList();
        if (records.Count == 0)
            throw new TerritoryImportException([$"{name} is empty."]);
        var table = new CsvTable(records[0], records.Skip(1).ToList());
        var missing = requiredColumns.Where(c => !table.columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new TerritoryImportException([$"{name} lacks the column(s) {string.Join(", ", missing)}."]);
        return table;
    }

    public bool Has(string column) => columns.ContainsKey(column);

    public string Get(string[] row, string column) =>
        columns.TryGetValue(column, out var index) && index < row.Length ? row[index].Trim() : "";

    private static IEnumerable<string[]> ParseRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return [.. fields];
                    fields.Clear();
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
