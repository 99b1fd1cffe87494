using System.Collections;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The size of an argument's value, literal or from variables: every object field and list item
/// is a node (a <c>where:</c> condition, an <c>and</c>/<c>or</c>/<c>in</c> entry), and the
/// longest list is what one <c>IN (…)</c> or <c>OR</c> chain would hold in SQL.
/// </summary>
internal readonly record struct ArgumentSize(int Nodes, int LongestList)
{
    public static ArgumentSize Of(GraphQLValue value, IReadOnlyDictionary<string, object?> variables) => value switch
    {
        GraphQLObjectValue map => Sum(map.Fields?.Select(field => Of(field.Value, variables)) ?? [], 0),
        GraphQLListValue list => Sum(list.Values?.Select(item => Of(item, variables)) ?? [], list.Values?.Count ?? 0),
        GraphQLVariable variable => OfVariable(variables.GetValueOrDefault(variable.Name.StringValue)),
        _ => default,
    };

    // Variables as the JSON reader gives them: maps of names, lists of values, scalars.
    private static ArgumentSize OfVariable(object? value) => value switch
    {
        IDictionary<string, object?> map => Sum(map.Values.Select(OfVariable), 0),
        string => default,
        IList list => Sum(list.Cast<object?>().Select(OfVariable), list.Count),
        _ => default,
    };

    /// <summary>Children each count as a node of their own on top of their contents.</summary>
    private static ArgumentSize Sum(IEnumerable<ArgumentSize> children, int length) =>
        children.Aggregate(new ArgumentSize(0, length), (total, child) => new(total.Nodes + 1 + child.Nodes, Math.Max(total.LongestList, child.LongestList)));
}
