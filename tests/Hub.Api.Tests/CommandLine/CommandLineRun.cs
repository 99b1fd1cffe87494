using Hub.Api.CommandLine;

namespace Hub.Api.Tests.CommandLine;

/// <summary>A command line run through the hub's own parser, with what it printed and whether it started the hub.</summary>
public sealed record CommandLineRun(int ExitCode, string Output, string Error, bool Served)
{
    // The console is the process's: runs that capture it take turns.
    private static readonly SemaphoreSlim Console = new(1, 1);

    public static async Task<CommandLineRun> RunAsync(IServiceProvider services, params string[] args)
    {
        await Console.WaitAsync();
        var (output, error) = (new StringWriter(), new StringWriter());
        var (stdout, stderr) = (System.Console.Out, System.Console.Error);
        System.Console.SetOut(output);
        System.Console.SetError(error);
        try
        {
            var served = false;
            var exitCode = await HubCommands.RunAsync(services, args, () =>
            {
                served = true;
                return Task.CompletedTask;
            });
            return new CommandLineRun(exitCode, output.ToString(), error.ToString(), served);
        }
        finally
        {
            System.Console.SetOut(stdout);
            System.Console.SetError(stderr);
            Console.Release();
        }
    }
}
