using System.CommandLine;
using System.Globalization;

namespace Hub.Api.CommandLine;

/// <summary>The kinds of option the verbs take, each parsed strictly with a message saying what was expected.</summary>
internal static class CommandOptions
{
    /// <summary>A text option; <paramref name="required"/> makes its absence a usage error.</summary>
    public static Option<string> Text(string name, string description, bool required = false) =>
        new(name) { Description = description, Required = required };

    /// <summary>A whole number of zero or more, e.g. <c>--persons 500</c>.</summary>
    public static Option<int?> WholeNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail<int?>(result, $"{name} must be a whole number, not '{result.Tokens[0].Value}'."),
    };

    /// <summary>A date written <c>yyyy-MM-dd</c>, whatever the machine's culture.</summary>
    public static Option<DateOnly> Date(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = result => DateOnly.TryParseExact(result.Tokens[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : Fail<DateOnly>(result, $"{name} must be a date like 2022-02-01, not '{result.Tokens[0].Value}'."),
    };

    /// <summary>The items of a comma-separated option value: <c>a, b,c</c> → a, b, c; none when absent.</summary>
    public static List<string> Items(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? [];

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}

/// <summary>A command line the hub cannot run; the message is shown as is.</summary>
public sealed class CommandException(string message) : Exception(message);
