using Hub.Api.CommandLine;

namespace Hub.Api.Tests.CommandLine;

/// <summary>A command line run through the hub's own parser, with what it printed and whether it started the hub.</summary>
public sealed record CommandLineRun(int ExitCode, string Output, string Error, bool Served)
{
    // The run prints to writers of its own, not the process's console, which parallel hosts' loggers also write to.
    public static async Task<CommandLineRun> RunAsync(IServiceProvider services, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var served = false;
        var exitCode = await HubCommands.RunAsync(services, args, () =>
        {
            served = true;
            return Task.CompletedTask;
        }, output, error);
        return new CommandLineRun(exitCode, output.ToString(), error.ToString(), served);
    }
}
