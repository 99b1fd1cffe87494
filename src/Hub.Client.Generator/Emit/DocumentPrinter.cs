using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;
using Hub.Client.Generator.Schema;
using Hub.Client.Generator.Validation;

namespace Hub.Client.Generator.Emit;

/// <summary>
/// The normalised document an operation sends: the operation and the fragments it spreads
/// (recursively, sorted by name), on one line with single spaces, <c>__typename</c> added where the
/// result is an interface or union so the client can pick the record. Its SHA-256 (lower-case hex
/// of the UTF-8 bytes) is the operation's trusted-document id: whitespace or comments in the .graphql
/// file do not change it, a changed selection does.
/// </summary>
internal sealed class DocumentPrinter(SchemaModel schema, FragmentIndex fragments)
{
    public string Print(GraphQLOperationDefinition operation)
    {
        var text = new StringBuilder();
        text.Append(operation.Operation.ToString().ToLowerInvariant()).Append(' ').Append(operation.Name!.StringValue);
        if (operation.Variables is { Items.Count: > 0 } variables)
            text.Append('(').Append(string.Join(", ", variables.Items.Select(Variable))).Append(')');
        Directives(text, operation.Directives);
        var used = new SortedSet<string>(System.StringComparer.Ordinal);
        SelectionSet(text, operation.SelectionSet, schema.Root(operation.Operation)!, used);
        var printed = new HashSet<string>();
        while (used.FirstOrDefault(name => !printed.Contains(name)) is { } next)
        {
            printed.Add(next);
            var fragment = fragments.Find(next)!;
            var body = new StringBuilder();
            SelectionSet(body, fragment.Definition.SelectionSet, schema.Find(fragment.TypeCondition)!, used);
            text.Append(" fragment ").Append(next).Append(" on ").Append(fragment.TypeCondition);
            Directives(text, fragment.Definition.Directives);
            text.Append(body);
        }
        return text.ToString();
    }

    public static string Hash(string document)
    {
        using var sha = SHA256.Create();
        return Names.Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(document)));
    }

    private string Variable(GraphQLVariableDefinition variable) =>
        "$" + variable.Variable.Name.StringValue + ": " + TypeReferences.Print(variable.Type)
        + (variable.DefaultValue is { } value ? " = " + Value(value) : "");

    private void SelectionSet(StringBuilder text, GraphQLSelectionSet set, TypeModel type, SortedSet<string> used)
    {
        text.Append(" {");
        if (type.IsAbstract && !set.Selections.OfType<GraphQLField>().Any(f => f.Alias is null && f.Name.StringValue == "__typename"))
            text.Append(" __typename");
        foreach (var selection in set.Selections)
        {
            text.Append(' ');
            Selection(text, selection, type, used);
        }
        text.Append(" }");
    }

    private void Selection(StringBuilder text, ASTNode selection, TypeModel type, SortedSet<string> used)
    {
        switch (selection)
        {
            case GraphQLField field:
                if (field.Alias is { } alias)
                    text.Append(alias.Name.StringValue).Append(": ");
                text.Append(field.Name.StringValue);
                if (field.Arguments is { Items.Count: > 0 } arguments)
                    text.Append('(').Append(string.Join(", ", arguments.Items.Select(a => a.Name.StringValue + ": " + Value(a.Value)))).Append(')');
                Directives(text, field.Directives);
                if (field.SelectionSet is { } set)
                    SelectionSet(text, set, schema.Find(TypeReferences.NamedType(type.Fields[field.Name.StringValue].Type))!, used);
                break;
            case GraphQLInlineFragment inline:
                text.Append("...");
                if (inline.TypeCondition is { } condition)
                    text.Append(" on ").Append(condition.Type.Name.StringValue);
                Directives(text, inline.Directives);
                SelectionSet(text, inline.SelectionSet, inline.TypeCondition is { } c ? schema.Find(c.Type.Name.StringValue)! : type, used);
                break;
            case GraphQLFragmentSpread spread:
                used.Add(spread.FragmentName.Name.StringValue);
                text.Append("...").Append(spread.FragmentName.Name.StringValue);
                Directives(text, spread.Directives);
                break;
        }
    }

    private static void Directives(StringBuilder text, GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            text.Append(" @").Append(directive.Name.StringValue);
            if (directive.Arguments is { Items.Count: > 0 } arguments)
                text.Append('(').Append(string.Join(", ", arguments.Items.Select(a => a.Name.StringValue + ": " + Value(a.Value)))).Append(')');
        }
    }

    /// <summary>A value as the normalised document writes it; equal values print alike.</summary>
    internal static string Value(GraphQLValue value) => value switch
    {
        GraphQLVariable variable => "$" + variable.Name.StringValue,
        GraphQLStringValue s => Quote(s.Value.ToString()),
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLFloatValue f => f.Value.ToString(),
        GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
        GraphQLNullValue => "null",
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLListValue list => "[" + string.Join(", ", (list.Values ?? []).Select(Value)) + "]",
        GraphQLObjectValue o => "{" + string.Join(", ", (o.Fields ?? []).Select(f => f.Name.StringValue + ": " + Value(f.Value))) + "}",
        _ => "",
    };

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' => "\\u" + ((int)c).ToString("x4"),
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}
