using System.CommandLine;
using Hub.Api.GraphQL;

namespace Hub.Api.CommandLine;

/// <summary><c>schema export [--output path]</c>: writes the SDL the hub serves.</summary>
internal static class SchemaCommand
{
    public static Command Create(CommandRunner run)
    {
        var output = CommandOptions.Text("--output", $"Where to write the SDL (default {SchemaExport.DefaultPath}).");
        var export = new Command("export", "Write the schema the hub serves, as SDL.") { output };
        export.SetAction(run.AsSystem(async (services, parsed, ct) =>
        {
            var path = parsed.GetValue(output) ?? SchemaExport.DefaultPath;
            await File.WriteAllTextAsync(path, SchemaExport.Sdl(services.GetRequiredService<HubSchema>()), ct);
            run.Output.WriteLine($"Wrote {Path.GetFullPath(path)}.");
        }));
        return new Command("schema", "The GraphQL schema: 'schema export' writes it as SDL.") { export };
    }
}
