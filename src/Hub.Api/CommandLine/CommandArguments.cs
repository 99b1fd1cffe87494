using System.Globalization;

namespace Hub.Api.CommandLine;

/// <summary>A verb and its <c>--name value</c> options.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> positionals = [];

    public CommandArguments(IReadOnlyList<string> args)
    {
        Verb = args.Count > 0 ? args[0] : "";
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(args[i]);
                continue;
            }
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i][2..]] = hasValue ? args[++i] : "true";
        }
    }

    public string Verb { get; }

    /// <summary>Words after the verb that are not options, e.g. <c>export</c> in <c>schema export</c>.</summary>
    public IReadOnlyList<string> Positionals => positionals;

    public string? Text(string name) => options.GetValueOrDefault(name);

    public string RequiredText(string name) => Text(name) ?? throw new CommandException($"--{name} is required.");

    public int? Number(string name) => Text(name) is { } text
        ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new CommandException($"--{name} must be a whole number, not '{text}'.")
        : null;

    public DateOnly? Date(string name) => Text(name) is { } text
        ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new CommandException($"--{name} must be a date like 2022-02-01, not '{text}'.")
        : null;
}

/// <summary>A command line the hub cannot run; the message is shown as is.</summary>
public sealed class CommandException(string message) : Exception(message);
