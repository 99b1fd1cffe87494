using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hub.Client.Generator.Schema;
using Hub.Client.Generator.Validation;

namespace Hub.Client.Generator.Emit;

/// <summary>
/// Turns a validated operation's selections into <see cref="Shape"/>s: fields with the same response
/// name merge (spec §6.3.2 CollectFields), fragment spreads and inline fragments are flattened into
/// the type they apply to. Record names join the response names of the path, unique in the operation.
/// </summary>
internal sealed class ShapeBuilder(SchemaModel schema, FragmentIndex fragments)
{
    private readonly HashSet<string> names = new();

    public Shape Build(string className, TypeModel type, IReadOnlyList<Selections> sets)
    {
        var shape = new Shape(Unique(className), type);
        var variants = type.IsAbstract ? ConditionedTypes(type, sets).ToList() : [];
        var common = Fields(shape.ClassName, type, sets, condition => Applies(condition, type));
        if (variants.Count == 0)
        {
            shape.Fields.AddRange(common);
            return shape;
        }
        // A field a type condition selects more of than the common selection does (owner { name } beside
        // ... on Doc { owner { email } }) is not common: each variant gets it with what its type selects.
        var refined = new HashSet<string>(variants.SelectMany(concrete => Refined(type, concrete, sets, common)));
        shape.Fields.AddRange(common.Where(f => !refined.Contains(f.ResponseName)));
        if (shape.Fields.All(f => f.ResponseName != "__typename"))
            shape.Fields.Insert(0, new ShapeField("__typename", NonNull("String"), null));
        foreach (var concrete in variants)
        {
            // A variant keeps the base's fields as they are and adds what its type conditions select.
            var variant = new Shape(Unique(shape.ClassName + concrete.Name), concrete) { Concrete = concrete };
            variant.Fields.AddRange(shape.Fields);
            variant.Fields.AddRange(Fields(variant.ClassName, concrete, sets, condition => Applies(condition, concrete), shape.Fields.Select(f => f.ResponseName)));
            shape.Variants.Add(variant);
        }
        var other = new Shape(Unique(shape.ClassName + "Other"), type);
        other.Fields.AddRange(shape.Fields);
        other.Fields.AddRange(common.Where(f => refined.Contains(f.ResponseName)));
        shape.Variants.Add(other);
        return shape;
    }

    /// <summary>The common fields with sub-selections that <paramref name="concrete"/>'s type conditions select more of.</summary>
    private IEnumerable<string> Refined(TypeModel type, TypeModel concrete, IReadOnlyList<Selections> sets, List<ShapeField> common)
    {
        var all = Collected(concrete, sets, condition => Applies(condition, concrete));
        var shared = Collected(type, sets, condition => Applies(condition, type));
        return common.Where(f => f.Nested is not null && all.First(c => c.Name == f.ResponseName).Nodes.Count > shared.First(c => c.Name == f.ResponseName).Nodes.Count)
            .Select(f => f.ResponseName);
    }

    private string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; !names.Add(candidate); i++)
            candidate = name + i;
        return candidate;
    }

    private List<ShapeField> Fields(string owner, TypeModel type, IReadOnlyList<Selections> sets, System.Func<TypeModel, bool> applies, IEnumerable<string>? known = null)
    {
        var skip = new HashSet<string>(known ?? []);
        return Collected(type, sets, applies).Where(c => !skip.Contains(c.Name)).Select(c => Field(owner, type, c.Name, c.Nodes)).ToList();
    }

    private List<(string Name, List<(GraphQLFile File, GraphQLField Field)> Nodes)> Collected(TypeModel type, IReadOnlyList<Selections> sets, System.Func<TypeModel, bool> applies)
    {
        var collected = new List<(string Name, List<(GraphQLFile File, GraphQLField Field)> Nodes)>();
        foreach (var set in sets)
            Collect(set.File, set.Set, type, applies, collected);
        return collected;
    }

    private ShapeField Field(string owner, TypeModel type, string responseName, List<(GraphQLFile File, GraphQLField Field)> nodes)
    {
        var fieldName = nodes[0].Field.Name.StringValue;
        if (fieldName == "__typename")
            return new ShapeField(responseName, NonNull("String"), null);
        var definition = type.Fields[fieldName];
        var fieldType = schema.Find(TypeReferences.NamedType(definition.Type))!;
        if (!fieldType.IsComposite)
            return new ShapeField(responseName, definition.Type, null);
        var nested = nodes.Where(n => n.Field.SelectionSet is not null).Select(n => new Selections(n.File, n.Field.SelectionSet!)).ToList();
        return new ShapeField(responseName, definition.Type, Build(owner == "Data" ? Names.Pascal(responseName) : owner + Names.Pascal(responseName), fieldType, nested));
    }

    private void Collect(GraphQLFile file, GraphQLSelectionSet set, TypeModel type, System.Func<TypeModel, bool> applies,
        List<(string Name, List<(GraphQLFile, GraphQLField)> Nodes)> collected)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                    var entry = collected.FirstOrDefault(c => c.Name == name);
                    if (entry.Nodes is null)
                        collected.Add((name, [(file, field)]));
                    else
                        entry.Nodes.Add((file, field));
                    break;
                case GraphQLInlineFragment inline when inline.TypeCondition is null || applies(schema.Find(inline.TypeCondition.Type.Name.StringValue)!):
                    Collect(file, inline.SelectionSet, type, applies, collected);
                    break;
                case GraphQLFragmentSpread spread when fragments.Find(spread.FragmentName.Name.StringValue) is { } fragment
                                                       && applies(schema.Find(fragment.TypeCondition)!):
                    Collect(fragment.File, fragment.Definition.SelectionSet, type, applies, collected);
                    break;
            }
        }
    }

    /// <summary>Whether a fragment on <paramref name="condition"/> applies to every value of <paramref name="target"/>.</summary>
    private bool Applies(TypeModel condition, TypeModel target) =>
        condition.Name == target.Name || (condition.IsAbstract && schema.PossibleTypes(target).All(t => schema.PossibleTypes(condition).Any(p => p.Name == t.Name)));

    /// <summary>The object types of <paramref name="type"/> that a type condition at this level singles out.</summary>
    private IEnumerable<TypeModel> ConditionedTypes(TypeModel type, IReadOnlyList<Selections> sets)
    {
        var possible = schema.PossibleTypes(type).ToList();
        var named = new List<TypeModel>();
        foreach (var set in sets)
            Conditions(set.Set, named);
        return possible.Where(p => named.Any(c => c.Name != type.Name && schema.PossibleTypes(c).Any(t => t.Name == p.Name)));
    }

    private void Conditions(GraphQLSelectionSet set, List<TypeModel> named)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is GraphQLInlineFragment inline)
            {
                if (inline.TypeCondition is { } condition)
                    named.Add(schema.Find(condition.Type.Name.StringValue)!);
                Conditions(inline.SelectionSet, named);
            }
            else if (selection is GraphQLFragmentSpread spread && fragments.Find(spread.FragmentName.Name.StringValue) is { } fragment)
            {
                named.Add(schema.Find(fragment.TypeCondition)!);
                Conditions(fragment.Definition.SelectionSet, named);
            }
        }
    }

    private static GraphQLType NonNull(string name) => new GraphQLNonNullType(new GraphQLNamedType(new GraphQLName(name)));
}
