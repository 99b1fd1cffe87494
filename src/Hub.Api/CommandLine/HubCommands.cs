using System.CommandLine;
using Hub.Domain.Access;
using Hub.Domain.Common;

namespace Hub.Api.CommandLine;

/// <summary>
/// The hub's command line: with no verb it serves HTTP; the verbs <c>migrate</c>, <c>seed</c>,
/// <c>import-territory</c>, <c>import-structures</c>, <c>import-staff</c>, <c>schema export</c>, <c>token</c> and <c>personas</c> run administration
/// with the hub's own configuration instead. Every verb prints its usage on <c>--help</c> and refuses
/// options it does not know, before doing anything.
/// </summary>
public static class HubCommands
{
    /// <summary>Exit code of a command line the hub refuses (unknown verb or option, bad value, domain refusal).</summary>
    public const int Refused = 2;

    // Top-level configuration keys the host reads from the command line (--Hub:Seed:Persons=500, --urls …).
    private static readonly string[] SettingRoots = ["Hub", "Urls", "Logging", "Kestrel", "AllowedHosts", "environment", "contentRoot", "applicationName"];

    // OpenTelemetry's standard variables (OTEL_EXPORTER_OTLP_ENDPOINT …) are settings too, wherever they come from.
    private const string OpenTelemetryPrefix = "OTEL_";

    /// <summary>
    /// Runs <paramref name="args"/>; <paramref name="serve"/> runs the hub when no verb is given. Verbs print results and
    /// usage to <paramref name="output"/> and refusals to <paramref name="error"/> (the console's by default).
    /// </summary>
    /// <returns>0 on success, <see cref="Refused"/> for a command line the hub refuses.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, Func<Task> serve, TextWriter? output = null, TextWriter? error = null)
    {
        var run = new CommandRunner(services, output ?? Console.Out);
        error ??= Console.Error;
        var parsed = Root(run, serve).Parse(args);
        var errors = parsed.Errors.Select(e => e.Message).Concat(UnknownSettings(parsed)).ToList();
        if (errors.Count > 0)
            return await RefuseAsync(error, string.Join(Environment.NewLine, [.. errors, Usage(parsed)]));
        try
        {
            // The host handles Ctrl+C itself; failures are shown as one line, not as a stack trace.
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false, Output = run.Output, Error = error,
            });
        }
        catch (Exception e) when (e is CommandException or DomainException)
        {
            return await RefuseAsync(error, e.Message);
        }
    }

    private static RootCommand Root(CommandRunner run, Func<Task> serve)
    {
        var root = new RootCommand("Hub: serves the GraphQL API on the configured URLs, or runs one administrative verb. "
            + "Settings may follow as --Section:Key=value (e.g. --Hub:Seed:Persons=500, --urls http://localhost:5080); see README, Configuration.")
        {
            DatabaseCommands.Migrate(run),
            DatabaseCommands.Seed(run),
            DatabaseCommands.ImportTerritory(run),
            ImportCommands.Structures(run),
            ImportCommands.Staff(run),
            SchemaCommand.Create(run),
            TokenCommand.Create(run),
            PersonasCommand.Create(run),
        };
        // Settings are the host's, read by its configuration: the root lets them through and checks their shape.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((_, _) => serve());
        return root;
    }

    /// <summary>Words left over that are no configuration setting: an unknown verb or option.</summary>
    private static IEnumerable<string> UnknownSettings(ParseResult parsed)
    {
        var tokens = parsed.UnmatchedTokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal))
            {
                yield return $"Unknown command '{token}'.";
                continue;
            }
            var key = token[2..].Split('=')[0];
            if (!IsSetting(key))
                yield return $"Unknown option '{token}'.";
            else if (!token.Contains('=') && ++i >= tokens.Count)
                yield return $"Setting '{token}' has no value.";
        }
    }

    private static bool IsSetting(string key) =>
        key.StartsWith(OpenTelemetryPrefix, StringComparison.OrdinalIgnoreCase)
        || SettingRoots.Any(root => key.Equals(root, StringComparison.OrdinalIgnoreCase) || key.StartsWith(root + ":", StringComparison.OrdinalIgnoreCase));

    /// <summary>Where to read the usage of the verb the command line reached, e.g. <c>Run 'schema export --help' for usage.</c></summary>
    private static string Usage(ParseResult parsed)
    {
        var names = new List<string> { "--help" };
        for (var result = parsed.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
            names.Insert(0, result.Command.Name);
        return $"Run '{string.Join(' ', names)}' for usage.";
    }

    private static async Task<int> RefuseAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(message);
        return Refused;
    }
}

/// <summary>Runs a verb's work in a scope of its own that works as the system: administration reaches every row.</summary>
public sealed class CommandRunner(IServiceProvider services, TextWriter output)
{
    /// <summary>Where verbs print their results: the console, or the writer a caller of <see cref="HubCommands.RunAsync"/> gave.</summary>
    public TextWriter Output { get; } = output;

    public Func<ParseResult, CancellationToken, Task> AsSystem(Func<IServiceProvider, ParseResult, CancellationToken, Task> work) => async (parsed, ct) =>
    {
        await using var scope = SystemAccess.CreateScope(services);
        await work(scope.ServiceProvider, parsed, ct);
    };
}
