using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hub.Client.Generator.Emit;
using Hub.Client.Generator.Schema;

namespace Hub.Client.Generator.Validation;

/// <summary>
/// The spec's OverlappingFieldsCanBeMerged rule (§5.3.2): fields with the same response name, selected
/// directly or through fragments, must give one value. Where they could meet on the same object they
/// must be the same field with the same arguments; anywhere, their values must have the same shape
/// (the same leaf type, the same list and non-null wrapping), and their sub-selections merge by the
/// same rule. Messages follow GraphQL.NET's wording.
/// </summary>
internal sealed class OverlappingFields(SchemaModel schema, FragmentIndex fragments, System.Action<GraphQLFile, ASTNode, string> report)
{
    private readonly HashSet<ASTNode> reported = new();

    /// <summary>One occurrence of a field: where it is written, on which type, and its definition (null for unknown fields, reported elsewhere).</summary>
    private sealed record Occurrence(GraphQLFile File, TypeModel Parent, GraphQLField Field, FieldModel? Definition);

    public void Check(GraphQLFile file, TypeModel parent, GraphQLSelectionSet set) =>
        Merge(Collect([(file, parent, set)]), parentsMayBeSame: true);

    private void Merge(Dictionary<string, List<Occurrence>> byName, bool parentsMayBeSame)
    {
        foreach (var entry in byName)
        {
            var occurrences = entry.Value;
            for (var i = 1; i < occurrences.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (Conflict(occurrences[j], occurrences[i], parentsMayBeSame) is { } reason && reported.Add(occurrences[i].Field))
                        report(occurrences[i].File, occurrences[i].Field,
                            $"Fields '{entry.Key}' conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.");
                }
            }
            var mayBeSame = parentsMayBeSame && occurrences.Select(o => o.Parent).Where(p => p.Kind == TypeKind.Object).Select(p => p.Name).Distinct().Count() <= 1;
            var nested = occurrences.Where(o => o.Field.SelectionSet is not null && o.Definition is not null)
                .Select(o => (o.File, schema.Find(TypeReferences.NamedType(o.Definition!.Type))!, o.Field.SelectionSet!)).ToList();
            if (nested.Count > 0)
                Merge(Collect(nested), mayBeSame);
        }
    }

    private string? Conflict(Occurrence a, Occurrence b, bool parentsMayBeSame)
    {
        var sameObject = parentsMayBeSame && (a.Parent.Name == b.Parent.Name || a.Parent.Kind != TypeKind.Object || b.Parent.Kind != TypeKind.Object);
        if (sameObject && a.Field.Name.StringValue != b.Field.Name.StringValue)
            return $"'{a.Field.Name.StringValue}' and '{b.Field.Name.StringValue}' are different fields";
        if (sameObject && Arguments(a.Field) != Arguments(b.Field))
            return "they have differing arguments";
        if (a.Definition is null || b.Definition is null)
            return null;
        return SameShape(a.Definition.Type, b.Definition.Type)
            ? null
            : $"they return conflicting types '{TypeReferences.Print(a.Definition.Type)}' and '{TypeReferences.Print(b.Definition.Type)}'";
    }

    // Leaf types must be equal; composite ones are compared through their merged sub-selections.
    private bool SameShape(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (GraphQLNonNullType x, GraphQLNonNullType y) => SameShape(x.Type, y.Type),
        (GraphQLNonNullType, _) or (_, GraphQLNonNullType) => false,
        (GraphQLListType x, GraphQLListType y) => SameShape(x.Type, y.Type),
        (GraphQLListType, _) or (_, GraphQLListType) => false,
        _ => schema.Find(TypeReferences.NamedType(a)) is { IsComposite: true } && schema.Find(TypeReferences.NamedType(b)) is { IsComposite: true }
             || TypeReferences.NamedType(a) == TypeReferences.NamedType(b),
    };

    private static string Arguments(GraphQLField field) =>
        string.Join(",", (field.Arguments?.Items ?? []).OrderBy(a => a.Name.StringValue, System.StringComparer.Ordinal)
            .Select(a => a.Name.StringValue + ":" + DocumentPrinter.Value(a.Value)));

    /// <summary>The fields of the sets by response name, through inline fragments and fragment spreads (each fragment once).</summary>
    private Dictionary<string, List<Occurrence>> Collect(IEnumerable<(GraphQLFile File, TypeModel Parent, GraphQLSelectionSet Set)> sets)
    {
        var byName = new Dictionary<string, List<Occurrence>>();
        var visited = new HashSet<string>();
        foreach (var (file, parent, set) in sets)
            Collect(file, parent, set, byName, visited);
        return byName;
    }

    private void Collect(GraphQLFile file, TypeModel parent, GraphQLSelectionSet set, Dictionary<string, List<Occurrence>> byName, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                    if (!byName.TryGetValue(name, out var list))
                        byName[name] = list = new List<Occurrence>();
                    list.Add(new Occurrence(file, parent, field, parent.Fields.TryGetValue(field.Name.StringValue, out var definition) ? definition : null));
                    break;
                case GraphQLInlineFragment inline:
                    var condition = inline.TypeCondition is { } typed ? schema.Find(typed.Type.Name.StringValue) : parent;
                    if (condition is not null)
                        Collect(file, condition, inline.SelectionSet, byName, visited);
                    break;
                case GraphQLFragmentSpread spread when fragments.Find(spread.FragmentName.Name.StringValue) is { } fragment
                                                       && visited.Add(fragment.Name) && schema.Find(fragment.TypeCondition) is { } type:
                    Collect(fragment.File, type, fragment.Definition.SelectionSet, byName, visited);
                    break;
            }
        }
    }
}
