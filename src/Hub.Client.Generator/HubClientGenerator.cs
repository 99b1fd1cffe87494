using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Hub.Client.Generator.Emit;
using Hub.Client.Generator.Schema;
using Hub.Client.Generator.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Location = Microsoft.CodeAnalysis.Location;

namespace Hub.Client.Generator;

/// <summary>
/// Reads the schema and the project's .graphql operation documents (AdditionalFiles), checks every
/// operation against the schema, and generates typed operations, the enums and inputs they use, and
/// the trusted-document manifest (<c>HubTrustedDocuments.Manifest</c>: a JSON object of SHA-256 →
/// document, which the build also writes next to the assembly for the hub's allow-list).
/// MSBuild properties: <c>HubClientSchema</c> (the schema file's name or path; <c>hub.graphql</c>
/// by default), <c>HubClientNamespace</c> (default: the root namespace).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class HubClientGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(".graphql", System.StringComparison.OrdinalIgnoreCase))
            .Select((file, cancellationToken) => new SourceFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? ""))
            .Collect();
        var options = context.AnalyzerConfigOptionsProvider.Select((provider, _) => Options.From(provider.GlobalOptions));
        context.RegisterSourceOutput(files.Combine(options), (output, input) => Generate(output, input.Left, input.Right));
    }

    private static void Generate(SourceProductionContext output, ImmutableArray<SourceFile> sources, Options options)
    {
        var schemaSource = sources.FirstOrDefault(s => options.IsSchema(s.Path));
        if (schemaSource.Path is null)
        {
            if (sources.Length > 0)
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.SchemaMissing, Location.None));
            return;
        }
        var diagnostics = new List<Diagnostic>();
        var schemaFile = Parse(schemaSource, diagnostics);
        var documents = sources.Where(s => !options.IsSchema(s.Path)).OrderBy(s => s.Path, System.StringComparer.Ordinal)
            .Select(s => Parse(s, diagnostics)).OfType<GraphQLFile>().ToList();
        if (schemaFile is not null)
            new ClientGeneration(SchemaModel.From(schemaFile.Document), documents, options.Namespace, diagnostics).Emit(output);
        foreach (var diagnostic in diagnostics)
            output.ReportDiagnostic(diagnostic);
    }

    private static GraphQLFile? Parse(SourceFile source, List<Diagnostic> diagnostics)
    {
        var text = SourceText.From(source.Text, Encoding.UTF8);
        try
        {
            return new GraphQLFile(source.Path, text, Parser.Parse(source.Text));
        }
        catch (GraphQLSyntaxErrorException e)
        {
            var position = new LinePosition(System.Math.Max(0, e.Location.Line - 1), System.Math.Max(0, e.Location.Column - 1));
            var offset = System.Math.Min(text.Length, text.Lines.GetPosition(position));
            diagnostics.Add(Diagnostic.Create(Diagnostics.Syntax, Location.Create(source.Path, new TextSpan(offset, 0), new LinePositionSpan(position, position)), e.Description));
            return null;
        }
    }

    private readonly record struct SourceFile(string Path, string Text);

    private sealed record Options(string Schema, string Namespace)
    {
        public static Options From(AnalyzerConfigOptions global)
        {
            var schema = global.TryGetValue("build_property.HubClientSchema", out var s) && !string.IsNullOrWhiteSpace(s) ? s : "hub.graphql";
            var ns = global.TryGetValue("build_property.HubClientNamespace", out var n) && !string.IsNullOrWhiteSpace(n) ? n
                : global.TryGetValue("build_property.RootNamespace", out var r) && !string.IsNullOrWhiteSpace(r) ? r : "HubClient";
            return new Options(schema.Replace('\\', '/'), ns);
        }

        /// <summary>The schema is the file whose path ends with <see cref="Schema"/> (a name or a relative or full path).</summary>
        public bool IsSchema(string path)
        {
            var normal = path.Replace('\\', '/');
            return normal == Schema || normal.EndsWith("/" + Schema.TrimStart('.', '/'), System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
