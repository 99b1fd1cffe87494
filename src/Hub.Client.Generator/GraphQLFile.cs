using GraphQLParser.AST;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Hub.Client.Generator;

/// <summary>A parsed .graphql file with its text, so AST offsets become file/line/column locations.</summary>
internal sealed class GraphQLFile(string path, SourceText text, GraphQLDocument document)
{
    public string Path { get; } = path;
    public SourceText Text { get; } = text;
    public GraphQLDocument Document { get; } = document;

    /// <summary>Where <paramref name="node"/> stands in the file; the file's start when the parser kept no location.</summary>
    public Location Locate(ASTNode? node)
    {
        var start = node is null ? 0 : System.Math.Min(node.Location.Start, Text.Length);
        var end = node is null ? 0 : System.Math.Max(start, System.Math.Min(node.Location.End, Text.Length));
        var span = TextSpan.FromBounds(start, end);
        return Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));
    }
}
