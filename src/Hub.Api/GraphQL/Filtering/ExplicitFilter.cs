using GraphQL;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>
/// A filter never widens by accident (issue 12 §4): a null anywhere in <c>where:</c> (an operator,
/// a field, <c>not</c>) or a condition object with nothing in it — what a variable left out
/// becomes — would silently drop a condition and return more rows than asked for. Both are
/// refused before any row is read, naming the path of the input that is missing.
/// Absence of a value is asked for explicitly with <c>isNull</c>.
/// </summary>
internal static class ExplicitFilter
{
    public const string Code = "INVALID_FILTER";

    /// <summary>Throws an <see cref="ExecutionError"/> with <see cref="Code"/> on the first null or empty condition under <paramref name="where"/>.</summary>
    public static void Check(IDictionary<string, object?> where, string path = "where")
    {
        if (where.Count == 0)
            throw Invalid(path, "names no condition (a variable left out?); leave the filter out to ask for every object");
        foreach (var (name, value) in where)
            CheckValue(value, $"{path}.{name}");
    }

    private static void CheckValue(object? value, string path)
    {
        switch (value)
        {
            case null:
                throw Invalid(path, "is null (a literal null or a variable left out); a null never means 'any value': use isNull to ask for a missing value");
            case IDictionary<string, object?> condition:
                Check(condition, path);
                break;
            case IEnumerable<object?> items:
                var index = 0;
                foreach (var item in items)
                    CheckValue(item, $"{path}[{index++}]");
                break;
        }
    }

    private static ExecutionError Invalid(string path, string problem) => new($"Filter {path} {problem}.") { Code = Code };
}
