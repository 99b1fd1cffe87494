using GraphQLParser.AST;

namespace Hub.Api.GraphQL.Transport;

/// <summary>Counts the fragment spreads a document writes out (not the ones they would expand to).</summary>
internal static class FragmentSpreads
{
    public static int Count(GraphQLDocument document) => document.Definitions.Sum(definition => definition switch
    {
        GraphQLOperationDefinition operation => In(operation.SelectionSet),
        GraphQLFragmentDefinition fragment => In(fragment.SelectionSet),
        _ => 0,
    });

    private static int In(GraphQLSelectionSet? set) => set?.Selections.Sum(selection => selection switch
    {
        GraphQLFragmentSpread => 1,
        GraphQLField field => In(field.SelectionSet),
        GraphQLInlineFragment inline => In(inline.SelectionSet),
        _ => 0,
    }) ?? 0;
}
