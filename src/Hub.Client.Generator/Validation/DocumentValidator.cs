using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hub.Client.Generator.Schema;
using Microsoft.CodeAnalysis;

namespace Hub.Client.Generator.Validation;

/// <summary>
/// Checks operations against the schema with the rules of the GraphQL spec's validation section
/// that a client's documents can break: known types, fields and arguments (§5.3, §5.4), argument and
/// input-object values of the expected type (§5.6), required arguments and input fields, leaf and
/// composite selections (§5.3.3), fragments known, used, acyclic and possible (§5.5), variables
/// declared, used, of input types and fitting where they are used (§5.8), overlapping fields that
/// can merge (§5.3.2, <see cref="OverlappingFields"/>). Messages follow
/// GraphQL.NET's wording where it has one, so the build says what the hub would say.
/// </summary>
internal sealed class DocumentValidator(SchemaModel schema, FragmentIndex fragments, List<Diagnostic> diagnostics)
{
    public void ValidateOperation(GraphQLFile file, GraphQLOperationDefinition operation)
    {
        var name = operation.Name?.StringValue ?? "(anonymous)";
        var root = schema.Root(operation.Operation);
        if (root is null)
        {
            Report(file, operation, $"The schema has no {operation.Operation.ToString().ToLowerInvariant()} type.");
            return;
        }
        var scope = new OperationScope(name, file, operation.Variables?.Items ?? []);
        CheckVariableDefinitions(scope);
        SelectionSet(scope, file, root, operation.SelectionSet, new HashSet<string>());
        new OverlappingFields(schema, fragments, Report).Check(file, root, operation.SelectionSet);
        foreach (var variable in scope.Declared.Values.Where(v => !scope.Used.Contains(v.Variable.Name.StringValue)))
            Report(file, variable, $"Variable '${variable.Variable.Name.StringValue}' is never used in operation '{name}'.");
    }

    /// <summary>Fragments no operation spreads are refused, as the spec's NoUnusedFragments rule does.</summary>
    public void ReportUnused(IEnumerable<string> spread)
    {
        var used = new HashSet<string>(spread);
        foreach (var fragment in fragments.All.Where(f => !used.Contains(f.Name)))
            Report(fragment.File, fragment.Definition, $"Fragment '{fragment.Name}' is never used.");
    }

    public HashSet<string> Spread { get; } = new();

    private void CheckVariableDefinitions(OperationScope scope)
    {
        foreach (var definition in scope.Definitions)
        {
            var type = schema.Find(TypeReferences.NamedType(definition.Type));
            if (type is null)
                Report(scope.File, definition.Type, $"Unknown type '{TypeReferences.NamedType(definition.Type)}'.");
            else if (!type.IsInput)
                Report(scope.File, definition.Type, $"Variable '${definition.Variable.Name.StringValue}' cannot be non-input type '{TypeReferences.Print(definition.Type)}'.");
            else if (definition.DefaultValue is { } value)
                Value(scope with { AllowVariables = false }, scope.File, value, definition.Type, $"Variable '${definition.Variable.Name.StringValue}'");
        }
        foreach (var duplicate in scope.Definitions.GroupBy(d => d.Variable.Name.StringValue).Where(g => g.Count() > 1))
            Report(scope.File, duplicate.Last(), $"There can be only one variable named '${duplicate.Key}'.");
    }

    private void SelectionSet(OperationScope scope, GraphQLFile file, TypeModel parent, GraphQLSelectionSet? set, HashSet<string> fragmentPath)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    Field(scope, file, parent, field, fragmentPath);
                    break;
                case GraphQLInlineFragment inline:
                    Directives(scope, file, inline.Directives);
                    var condition = inline.TypeCondition is { } typed ? Condition(file, parent, typed.Type) : parent;
                    if (condition is not null)
                        SelectionSet(scope, file, condition, inline.SelectionSet, fragmentPath);
                    break;
                case GraphQLFragmentSpread spread:
                    Directives(scope, file, spread.Directives);
                    FragmentSpread(scope, file, parent, spread, fragmentPath);
                    break;
            }
        }
    }

    private void FragmentSpread(OperationScope scope, GraphQLFile file, TypeModel parent, GraphQLFragmentSpread spread, HashSet<string> fragmentPath)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (fragments.Find(name) is not { } fragment)
        {
            Report(file, spread, $"Unknown fragment '{name}'.");
            return;
        }
        Spread.Add(name);
        if (!fragmentPath.Add(name))
        {
            Report(file, spread, $"Cannot spread fragment '{name}' within itself.");
            return;
        }
        if (Condition(fragment.File, parent, fragment.Definition.TypeCondition.Type) is { } condition)
            SelectionSet(scope, fragment.File, condition, fragment.Definition.SelectionSet, fragmentPath);
        fragmentPath.Remove(name);
    }

    /// <summary>The type a fragment applies to, when it exists, is composite and can overlap <paramref name="parent"/>.</summary>
    private TypeModel? Condition(GraphQLFile file, TypeModel parent, GraphQLNamedType named)
    {
        var type = schema.Find(named.Name.StringValue);
        if (type is null)
            Report(file, named, $"Unknown type '{named.Name.StringValue}'.");
        else if (!type.IsComposite)
            Report(file, named, $"Fragment cannot condition on non composite type '{type.Name}'.");
        else if (!schema.PossibleTypes(type).Select(t => t.Name).Intersect(schema.PossibleTypes(parent).Select(t => t.Name)).Any())
            Report(file, named, $"Fragment cannot be spread here as objects of type '{parent.Name}' can never be of type '{type.Name}'.");
        else
            return type;
        return null;
    }

    private void Field(OperationScope scope, GraphQLFile file, TypeModel parent, GraphQLField field, HashSet<string> fragmentPath)
    {
        var name = field.Name.StringValue;
        Directives(scope, file, field.Directives);
        if (name == "__typename")
        {
            if (field.SelectionSet is not null)
                Report(file, field.SelectionSet, "Field '__typename' must not have a selection since type 'String!' has no subfields.");
            return;
        }
        if (!parent.Fields.TryGetValue(name, out var definition))
        {
            Report(file, field.Name, $"Cannot query field '{name}' on type '{parent.Name}'.");
            return;
        }
        Arguments(scope, file, field, definition);
        var type = schema.Find(TypeReferences.NamedType(definition.Type));
        if (type is null)
            return;
        if (type.IsComposite && field.SelectionSet is null)
            Report(file, field, $"Field '{name}' of type '{TypeReferences.Print(definition.Type)}' must have a selection of subfields. Did you mean '{name} {{ ... }}'?");
        else if (!type.IsComposite && field.SelectionSet is not null)
            Report(file, field.SelectionSet, $"Field '{name}' must not have a selection since type '{TypeReferences.Print(definition.Type)}' has no subfields.");
        else if (type.IsComposite)
            SelectionSet(scope, file, type, field.SelectionSet, fragmentPath);
    }

    private void Arguments(OperationScope scope, GraphQLFile file, GraphQLField field, FieldModel definition)
    {
        var given = field.Arguments?.Items ?? [];
        foreach (var argument in given)
        {
            var name = argument.Name.StringValue;
            if (definition.Arguments.FirstOrDefault(a => a.Name == name) is not { } expected)
                Report(file, argument, $"Unknown argument '{name}' on field '{field.Name.StringValue}'.");
            else
                Value(scope, file, argument.Value, expected.Type, $"Argument '{name}'");
        }
        foreach (var missing in definition.Arguments.Where(a => a.IsRequired && given.All(g => g.Name.StringValue != a.Name)))
            Report(file, field, $"Argument '{missing.Name}' of type '{TypeReferences.Print(missing.Type)}' is required for field '{field.Name.StringValue}' but not provided.");
    }

    // @include and @skip are the executable directives the hub declares (with the spec's own).
    private void Directives(OperationScope scope, GraphQLFile file, GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            var name = directive.Name.StringValue;
            if (name is not ("include" or "skip"))
            {
                Report(file, directive, $"Unknown directive '@{name}'.");
                continue;
            }
            var condition = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if");
            if (condition is null)
                Report(file, directive, $"Argument 'if' of type 'Boolean!' is required for directive '@{name}' but not provided.");
            else
                Value(scope, file, condition.Value, new GraphQLNonNullType(new GraphQLNamedType(new GraphQLName("Boolean"))), "Argument 'if'");
        }
    }

    private void Value(OperationScope scope, GraphQLFile file, GraphQLValue value, GraphQLType expected, string what) =>
        new ValueChecker(schema, scope, (node, message) => Report(file, node, message)).Check(value, expected, what);

    private void Report(GraphQLFile file, ASTNode? node, string message) =>
        diagnostics.Add(Diagnostic.Create(Diagnostics.Invalid, file.Locate(node), message));
}
