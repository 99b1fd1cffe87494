using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// GET is a safe method: it must not run a mutation, which the spec answers with 405 before
/// validation. Which operation a request selects is known from parsing alone.
/// </summary>
internal static class SafeOperation
{
    /// <summary>The 405 for a GET that selects a mutation or subscription; null for a query or when the operation is unclear.</summary>
    public static TransportError? Refuse(string query, string? operationName) =>
        Selected(query, operationName) is { Operation: not OperationType.Query } operation
            ? TransportError.MutationOverGet(operation.Operation.ToString().ToLowerInvariant())
            : null;

    /// <summary>
    /// The operation GraphQL would run; null when the document does not parse or names no single
    /// operation: execution reports those with the parser's messages and locations.
    /// </summary>
    private static GraphQLOperationDefinition? Selected(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException)
        {
            return null;
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operationName is null)
            return operations.Count == 1 ? operations[0] : null;
        return operations.FirstOrDefault(operation => operation.Name?.StringValue == operationName);
    }
}
