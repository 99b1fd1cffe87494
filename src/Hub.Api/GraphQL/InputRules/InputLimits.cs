using System.Collections;
using GraphQL.Types;

namespace Hub.Api.GraphQL.InputRules;

/// <summary>Validators that hold input fields to their column's limits, and the words that state them in the schema.</summary>
internal static class InputLimits
{
    /// <summary>The longest pattern a <c>contains</c>/<c>startsWith</c>/<c>endsWith</c> filter takes: as long as the widest bounded column.</summary>
    public const int MaxPatternLength = 200;

    public static void Apply(FieldType field, ColumnLimits limits)
    {
        if (limits.MaxLength is { } length)
            Add(field, $"At most {length} characters.", value => CheckLength(field.Name, value, length));
        if (limits is { Precision: { } precision, Scale: { } scale })
            Add(field, $"At most {precision - scale} digits before the decimal point and {scale} after.",
                value => CheckDecimal(field.Name, value, precision, scale));
    }

    /// <summary>Caps a pattern filter: a long one costs the database dearly (SQLite refuses it as "too complex").</summary>
    public static void CapPattern(FieldType field) =>
        Add(field, $"At most {MaxPatternLength} characters.", value => CheckLength(field.Name, value, MaxPatternLength));

    private static void Add(FieldType field, string limit, Action<object> check)
    {
        field.Description = string.IsNullOrEmpty(field.Description) ? limit : $"{field.Description} {limit}";
        var previous = field.Validator;
        field.Validator = value =>
        {
            previous?.Invoke(value);
            check(value);
        };
    }

    // A list of texts (aids, say) holds each element to the column.
    private static void CheckLength(string field, object value, int length)
    {
        foreach (var text in value is string one ? [one] : (value as IEnumerable)?.OfType<string>() ?? [])
        {
            if (text.Length > length)
                throw new InvalidInputException($"{field} is longer than {length} characters ({text.Length}).");
        }
    }

    private static void CheckDecimal(string field, object value, int precision, int scale)
    {
        if (value is not decimal number)
            return;
        if (decimal.Round(number, scale) != number)
            throw new InvalidInputException($"{field} has more than {scale} digits after the decimal point.");
        if (decimal.Truncate(Math.Abs(number)).ToString(System.Globalization.CultureInfo.InvariantCulture).Length > precision - scale)
            throw new InvalidInputException($"{field} is too large: at most {precision - scale} digits before the decimal point.");
    }
}
