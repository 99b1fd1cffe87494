using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Prices one operation of a parsed document before anything validates or runs it, in time linear
/// in the document: each fragment is priced once per page size it is spread under and its figures
/// reused, never expanded, so 29 fragments each spreading the next twice cost 29 walks, not 2^29.
/// The document may be invalid (unknown fields, types or fragments, cycles): what cannot be
/// resolved is priced as one plain field, and validation reports it afterwards.
/// </summary>
/// <remarks>
/// Pricing: a field costs 1 (or its <see cref="ComplexityHints.Costs{TSource, TReturn}"/> units)
/// plus the conditions of its <c>where:</c>; a list multiplies what it selects by its
/// <c>first</c>/<c>last</c>, by the page size of the connection it belongs to, by 2 when the domain
/// keeps it short (<see cref="ComplexityHints.FewPerParent{TSource, TReturn}"/>), else by 20.
/// Introspection costs nothing here and is bounded by its own figures (<see cref="CostLimitRule"/>).
/// </remarks>
internal sealed class CostAnalysis
{
    /// <summary>What a list the schema gives no size for is expected to hold.</summary>
    public const int UnsizedList = 20;

    private static readonly HashSet<string> IntrospectionLists = ["types", "fields", "inputFields", "interfaces", "possibleTypes"];

    private readonly ISchema schema;
    private readonly GraphQLOptions options;
    private readonly IReadOnlyDictionary<string, object?> variables;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = [];
    private readonly Dictionary<(string Name, int? Page), CostFigures> priced = [];
    private readonly HashSet<string> pricing = [];
    private readonly CancellationToken cancellationToken;

    private CostAnalysis(ISchema schema, GraphQLOptions options, GraphQLDocument document, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken)
    {
        this.cancellationToken = cancellationToken;
        this.schema = schema;
        this.options = options;
        this.variables = variables ?? new Dictionary<string, object?>();
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
    }

    /// <summary>The figures of the operation GraphQL would run; null when the document names no single one (execution reports that).</summary>
    public static CostFigures? Of(ISchema schema, GraphQLOptions options, GraphQLDocument document, string? operationName,
        IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(candidate => candidate.Name?.StringValue == operationName);
        if (operation is null)
            return null;
        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => schema.Subscription,
        };
        return new CostAnalysis(schema, options, document, variables, cancellationToken).SelectionSet(operation.SelectionSet, root, page: null);
    }

    private CostFigures SelectionSet(GraphQLSelectionSet set, IGraphType? parent, int? page)
    {
        var total = default(CostFigures);
        foreach (var selection in set.Selections)
            total = total.Beside(selection switch
            {
                GraphQLField field => Field(field, parent, page),
                GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, inline.TypeCondition is { } condition ? Named(condition) : parent, page),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue, page),
                _ => default,
            });
        return total;
    }

    private CostFigures Fragment(string name, int? page)
    {
        if (priced.TryGetValue((name, page), out var figures))
            return figures;
        // Linear in the document, yet a 100 KiB one takes a moment: the deadline and the client's leaving still stop it.
        cancellationToken.ThrowIfCancellationRequested();
        // An unknown fragment or a cycle is for validation to report; it adds nothing here.
        if (!fragments.TryGetValue(name, out var fragment) || !pricing.Add(name))
            return default;
        figures = SelectionSet(fragment.SelectionSet, Named(fragment.TypeCondition), page);
        pricing.Remove(name);
        return priced[(name, page)] = figures;
    }

    private CostFigures Field(GraphQLField field, IGraphType? parent, int? page)
    {
        var name = field.Name.StringValue;
        var definition = Definition(parent, name);
        var root = name is "__schema" or "__type";
        var introspection = root || parent?.Name.StartsWith("__", StringComparison.Ordinal) == true;
        var filter = Argument(field, "where") is { } where ? ArgumentSize.Of(where, variables) : default;
        var own = new CostFigures(
            Complexity: introspection ? 0 : (definition?.Units() ?? 1) + filter.Nodes,
            Depth: introspection ? 0 : 1,
            Aliases: field.Alias is null ? 0 : 1,
            IntrospectionFields: introspection ? 1 : 0,
            IntrospectionRoots: root ? 1 : 0,
            IntrospectionAliases: introspection && !root && field.Alias is not null ? 1 : 0,
            IntrospectionListDepth: introspection && IntrospectionLists.Contains(name) ? 1 : 0,
            OfTypeDepth: introspection && name == "ofType" ? 1 : 0,
            FilterNodes: filter.Nodes,
            FilterListLength: filter.LongestList);
        if (field.SelectionSet is null)
            return own;
        var (times, childPage) = Multiplier(field, definition, page);
        return CostFigures.Under(own, times, SelectionSet(field.SelectionSet, definition?.ResolvedType?.GetNamedType(), childPage));
    }

    /// <summary>How many times the field's selections run, and the page size its own list fields inherit (a connection's <c>nodes</c> and <c>edges</c>).</summary>
    private (double Times, int? ChildPage) Multiplier(GraphQLField field, FieldType? definition, int? page)
    {
        if (definition?.ResolvedType is not { } type)
            return (1, null);
        var requested = PageSize(Argument(field, "first")) ?? PageSize(Argument(field, "last"));
        if (!IsList(type))
            return (1, definition.Arguments?.Find("first") is null ? null : requested ?? options.DefaultPageSize);
        if (Argument(field, "ids") is { } ids)
            return (ArgumentSize.Of(ids, variables).LongestList, null);
        return (requested ?? page ?? (definition.IsFewPerParent() ? 2 : UnsizedList), null);
    }

    private FieldType? Definition(IGraphType? parent, string name) => name switch
    {
        "__typename" => schema.TypeNameMetaFieldType,
        "__schema" when parent == schema.Query => schema.SchemaMetaFieldType,
        "__type" when parent == schema.Query => schema.TypeMetaFieldType,
        _ => (parent as IComplexGraphType)?.GetField(name),
    };

    private IGraphType? Named(GraphQLTypeCondition condition) => schema.AllTypes[condition.Type.Name.StringValue];

    private static bool IsList(IGraphType type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    private static GraphQLValue? Argument(GraphQLField field, string name) =>
        field.Arguments?.FirstOrDefault(argument => argument.Name.StringValue == name)?.Value;

    /// <summary>A <c>first</c>/<c>last</c> from a literal or a variable, within what paging allows (a larger one is refused by paging itself).</summary>
    private int? PageSize(GraphQLValue? value)
    {
        var number = value switch
        {
            GraphQLIntValue literal => long.TryParse(literal.Value.Span, out var parsed) ? parsed : long.MaxValue,
            GraphQLVariable variable => variables.GetValueOrDefault(variable.Name.StringValue) switch
            {
                int given => given,
                long given => given,
                _ => (long?)null,
            },
            _ => null,
        };
        return number is { } size ? (int)Math.Clamp(size, 0, options.MaxPageSize) : null;
    }
}
