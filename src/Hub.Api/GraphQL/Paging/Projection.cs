using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL.Paging;

/// <summary>
/// Reads only the columns a query selects from the rows of a page: the page's SELECT names the
/// properties behind the selected fields, the id and what the audit needs to name the row's persons
/// (<see cref="Audit.AuditTrail.AuditedPropertiesOf"/>), nothing else. A field whose needs are not
/// known (a resolver that reads something other than the property of its name, and declares no
/// <see cref="Reads{TSource, TReturn}"/>) makes the page read whole rows, so a projection can
/// never starve a resolver.
/// </summary>
public static class Projection
{
    private const string ReadsKey = "hub:reads";

    /// <summary>Declares the properties the field's resolver reads from its source, e.g. <c>Reads(p => p.GuardianId)</c>; none beyond the id when empty.</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params Expression<Func<TSource, object?>>[] properties) =>
        field.WithMetadata(ReadsKey, properties.Select(NameOf).ToArray());

    /// <summary>Declares the one property (of any type) the field's resolver reads, e.g. the key of a reference.</summary>
    internal static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, LambdaExpression property) =>
        field.WithMetadata(ReadsKey, new[] { NameOf(property) });

    // p => p.GuardianId, also when boxed to object: Convert(p.GuardianId).
    private static string NameOf(LambdaExpression read) =>
        (read.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : read.Body) is MemberExpression { Member: PropertyInfo property }
            ? property.Name
            : throw new ArgumentException($"Reads takes properties of the source, like p => p.Name; not {read}.", nameof(read));

    /// <summary><c>row => new T { Id = row.Id, … }</c> for what the connection's nodes select, or null to read whole rows.</summary>
    public static LambdaExpression? Selector<T>(IResolveFieldContext connection) where T : Entity
    {
        if (NodeType(connection.FieldDefinition.ResolvedType) is not { } nodeType)
            return null;
        // The audit names the persons of every row read from the columns it needs, selected or not.
        if (Audit.AuditTrail.AuditedPropertiesOf(typeof(T)) is not { } audited)
            return null;
        var properties = new HashSet<PropertyInfo>(audited) { typeof(T).GetProperty(nameof(Entity.Id))! };
        foreach (var name in NodeFieldNames(connection))
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
                continue;
            if (nodeType.GetField(name) is not { } field || PropertiesRead<T>(field) is not { } read)
                return null;
            properties.UnionWith(read);
        }
        var constructor = typeof(T).GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        if (constructor is null || properties.Any(p => p.GetSetMethod(nonPublic: true) is null))
            return null;
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda(Expression.MemberInit(Expression.New(constructor),
            properties.Select(p => Expression.Bind(p, Expression.Property(row, p)))), row);
    }

    private static IEnumerable<PropertyInfo>? PropertiesRead<T>(FieldType field)
    {
        var names = field.GetMetadata<string[]?>(ReadsKey) ?? [char.ToUpperInvariant(field.Name[0]) + field.Name[1..]];
        var properties = names.Select(name => typeof(T).GetProperty(name)).ToList();
        return properties.Any(p => p is null) ? null : properties.OfType<PropertyInfo>();
    }

    private static IComplexGraphType? NodeType(IGraphType? connection) =>
        Unwrap(connection) is IComplexGraphType type && type.GetField("nodes") is { } nodes ? Unwrap(nodes.ResolvedType) as IComplexGraphType : null;

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };

    // The field names selected on the nodes, under nodes { … } and edges { node { … } }, through
    // fragments; @skip/@include are ignored, so the set is never smaller than what runs.
    private static IEnumerable<string> NodeFieldNames(IResolveFieldContext connection)
    {
        var fragments = connection.Document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
        var connectionFields = Fields(connection.FieldAst.SelectionSet, fragments).ToList();
        var nodeSelections = connectionFields.Where(f => f.Name.StringValue == "nodes")
            .Concat(connectionFields.Where(f => f.Name.StringValue == "edges")
                .SelectMany(edges => Fields(edges.SelectionSet, fragments)).Where(f => f.Name.StringValue == "node"));
        return nodeSelections.SelectMany(node => Fields(node.SelectionSet, fragments)).Select(f => f.Name.StringValue).Distinct();
    }

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> fragments) =>
        selections?.Selections.SelectMany(selection => selection switch
        {
            GraphQLField field => [field],
            GraphQLInlineFragment inline => Fields(inline.SelectionSet, fragments),
            GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) => Fields(fragment.SelectionSet, fragments),
            _ => [],
        }) ?? [];
}
