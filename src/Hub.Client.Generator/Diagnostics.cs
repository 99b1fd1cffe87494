using Microsoft.CodeAnalysis;

namespace Hub.Client.Generator;

/// <summary>
/// The generator's diagnostics. Each is an error: a document the hub would refuse must not build,
/// so the mistake is found at the consumer's desk, at its file, line and column.
/// </summary>
internal static class Diagnostics
{
    private const string Category = "Hub.Client";

    /// <summary>No schema among the AdditionalFiles.</summary>
    public static readonly DiagnosticDescriptor SchemaMissing = Error("HUB001", "Schema not found",
        "No GraphQL schema among the AdditionalFiles: add schema/hub.graphql (or the file HubClientSchema names) as an AdditionalFiles item");

    /// <summary>A .graphql file that does not parse.</summary>
    public static readonly DiagnosticDescriptor Syntax = Error("HUB002", "GraphQL syntax error", "{0}");

    /// <summary>A document that parses but breaks a validation rule against the schema.</summary>
    public static readonly DiagnosticDescriptor Invalid = Error("HUB003", "GraphQL document invalid against the schema", "{0}");

    /// <summary>A document the generator cannot turn into code (anonymous or duplicate operations).</summary>
    public static readonly DiagnosticDescriptor Unsupported = Error("HUB004", "GraphQL document not supported by Hub.Client", "{0}");

    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
