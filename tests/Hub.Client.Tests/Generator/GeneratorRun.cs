using System.Collections.Immutable;
using Hub.Client.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Hub.Client.Tests.Generator;

/// <summary>
/// The generator run in memory, as the compiler runs it: the real schema/hub.graphql and the given
/// documents as AdditionalFiles, then the generated code compiled against Hub.Client and the framework.
/// </summary>
public sealed class GeneratorRun
{
    private static readonly Lazy<string> Schema = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "hub.graphql")));

    private GeneratorRun(ImmutableArray<Diagnostic> generatorDiagnostics, ImmutableArray<Diagnostic> compileDiagnostics, IReadOnlyDictionary<string, string> sources)
        => (GeneratorDiagnostics, CompileDiagnostics, Sources) = (generatorDiagnostics, compileDiagnostics, sources);

    /// <summary>What the generator reported (HUB001–HUB004).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>The C# compiler's errors and warnings over the generated code.</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics { get; }

    /// <summary>Generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>Runs the generator over <paramref name="documents"/> (file name → text).</summary>
    public static GeneratorRun Of(params (string Path, string Text)[] documents) => OnSchema(Schema.Value, documents);

    /// <summary>Runs the generator over <paramref name="documents"/> against <paramref name="schema"/> instead of the hub's.</summary>
    public static GeneratorRun OnSchema(string schema, params (string Path, string Text)[] documents)
    {
        var compilation = CSharpCompilation.Create("Consumer", [], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        AdditionalText[] files = [new InMemoryText("/repo/schema/hub.graphql", schema), .. documents.Select(d => new InMemoryText("/repo/Documents/" + d.Path, d.Text))];
        var driver = CSharpGeneratorDriver.Create([new HubClientGenerator().AsSourceGenerator()], files,
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest), optionsProvider: new Options());
        // The driver is immutable: the run's results are on the driver it returns.
        var result = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics).GetRunResult();
        var sources = result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return new GeneratorRun(diagnostics, output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray(), sources);
    }

    // The framework this test runs on, and Hub.Client: what a consumer compiles against.
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(IHubClient).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray());

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Global();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Global : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = key == "build_property.HubClientNamespace" ? "Consumer.Hub" : "";
                return value.Length > 0;
            }
        }
    }
}
