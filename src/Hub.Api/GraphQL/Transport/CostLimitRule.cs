using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Refuses, before validation and execution, a document that would cost more than the hub allows
/// (<see cref="GraphQLOptions"/>): too many fragments or spreads, too deep, too complex, too many
/// aliases, too large a filter, or introspection beyond what IDEs and code generators ask. Each
/// refusal is a 400 with its own code and says what to ask for instead.
/// </summary>
internal sealed class CostLimitRule(GraphQLOptions options)
{
    /// <summary>
    /// Introspection is priced by its own shape, not by rows: these admit graphql-js's
    /// <c>getIntrospectionQuery</c> with every option and Banana Cake Pop's query (a path
    /// <c>types → fields</c>, type references nine <c>ofType</c> deep), and nothing that repeats the
    /// whole schema under itself (<c>types { interfaces { possibleTypes { … } } }</c>).
    /// </summary>
    public const int MaxIntrospectionListDepth = 2, MaxOfTypeDepth = 12, MaxIntrospectionRoots = 10, MaxIntrospectionFields = 1000;

    public TransportError? Check(ISchema schema, GraphQLDocument document, GraphQLRequest request, CancellationToken cancellationToken) =>
        ShapeRefusal(document)
        ?? (CostAnalysis.Of(schema, options, document, request.OperationName, request.Variables, cancellationToken) is { } figures ? Refusal(figures) : null);

    /// <summary>
    /// The refusal of a document whose text already shows it too costly, judged before it is parsed
    /// (<see cref="FilterListScan"/>): parsing is the dearest step for a document the limits refuse.
    /// </summary>
    public TransportError? CheckText(string query) =>
        FilterListScan.LongestList(query) is var longest && longest > options.MaxFilterListLength ? FilterListTooLong(longest) : null;

    private TransportError FilterListTooLong(int items) =>
        Refuse("FILTER_TOO_LARGE", $"A filter list (in, nin, and, or) holds {items} items; the limit is {options.MaxFilterListLength}.");

    private TransportError? ShapeRefusal(GraphQLDocument document)
    {
        var fragments = document.Definitions.Count(definition => definition is GraphQLFragmentDefinition);
        if (fragments > options.MaxFragments)
            return Refuse("TOO_MANY_FRAGMENTS", $"The document defines {fragments} fragments; the limit is {options.MaxFragments}.");
        var spreads = FragmentSpreads.Count(document);
        return spreads > options.MaxFragmentSpreads
            ? Refuse("TOO_MANY_FRAGMENTS", $"The document spreads fragments {spreads} times; the limit is {options.MaxFragmentSpreads}.")
            : null;
    }

    private TransportError? Refusal(CostFigures figures)
    {
        if (figures.IntrospectionListDepth > MaxIntrospectionListDepth || figures.OfTypeDepth > MaxOfTypeDepth)
            return Refuse("INTROSPECTION_TOO_DEEP",
                $"Introspection nests lists of the schema (types, fields, inputFields, interfaces, possibleTypes) at most {MaxIntrospectionListDepth} deep "
                + $"and ofType at most {MaxOfTypeDepth} deep; ask for a type's details with __type(name:) instead.");
        if (figures.IntrospectionRoots > MaxIntrospectionRoots || figures.IntrospectionFields > MaxIntrospectionFields || figures.IntrospectionAliases > 0)
            return Refuse("INTROSPECTION_TOO_LARGE",
                $"Introspection is limited to {MaxIntrospectionRoots} __schema/__type fields and {MaxIntrospectionFields} selections, without aliases below them; "
                + "one standard introspection query is enough to read the whole schema.");
        if (figures.Depth > options.MaxDepth)
            return Refuse("COMPLEXITY", $"The query is too nested to execute: {figures.Depth} levels; the limit is {options.MaxDepth}.");
        if (figures.Aliases > options.MaxAliases)
            return Refuse("TOO_MANY_ALIASES", $"The query uses {figures.Aliases} aliases; the limit is {options.MaxAliases}. Ask for a list, or send several requests.");
        if (figures.FilterListLength > options.MaxFilterListLength)
            return FilterListTooLong(figures.FilterListLength);
        if (figures.FilterNodes > options.MaxFilterNodes)
            return Refuse("FILTER_TOO_LARGE", $"A where: filter holds {figures.FilterNodes} conditions and values; the limit is {options.MaxFilterNodes}.");
        if (figures.Complexity > options.MaxComplexity)
            return Refuse("COMPLEXITY",
                $"The query is too complex to execute: it would cost about {figures.Complexity:0} (each field 1, lists times their page size); the limit is {options.MaxComplexity}. Ask for smaller pages or fewer nested lists.");
        return null;
    }

    private static TransportError Refuse(string code, string message) => new(StatusCodes.Status400BadRequest, message, code);
}
