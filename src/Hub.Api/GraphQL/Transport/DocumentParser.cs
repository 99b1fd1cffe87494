using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Parses a request's document once, for the cost limits and for execution. The parser's
/// recursion is bounded (<see cref="MaxDepth"/>); a document nested deeper (200 nested
/// <c>not:</c>, 200 nested list brackets) is a 400, not a crash.
/// </summary>
internal static class DocumentParser
{
    /// <summary>
    /// Nesting of AST nodes the parser follows; graphql-js's introspection query needs about 40,
    /// selections within <see cref="GraphQLOptions.MaxDepth"/> about 50.
    /// </summary>
    public const int MaxDepth = 128;

    /// <summary>The document; or the refusal; or neither when it does not parse, which execution reports with the parser's message and location.</summary>
    public static (GraphQLDocument? Document, TransportError? Error) Parse(GraphQLRequest request)
    {
        try
        {
            return (Parser.Parse(request.Query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = MaxDepth }), null);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, new TransportError(StatusCodes.Status400BadRequest,
                $"The document nests deeper than {MaxDepth} levels (selections, values, lists and types together); flatten it.", "DOCUMENT_TOO_DEEP"));
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }
    }
}
