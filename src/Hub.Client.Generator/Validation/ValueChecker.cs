using System;
using System.Linq;
using GraphQLParser.AST;
using Hub.Client.Generator.Schema;

namespace Hub.Client.Generator.Validation;

/// <summary>
/// Whether a literal or variable can stand where a value of a given type is expected (spec §5.6.1
/// "Values of Correct Type", §5.6.4 "Input Object Required Fields", §5.8.5 "All Variable Usages Are
/// Allowed"). Custom scalars (DateOnly, Decimal …) take any scalar literal: the hub parses their text.
/// </summary>
internal sealed class ValueChecker(SchemaModel schema, OperationScope scope, Action<ASTNode, string> report)
{
    public void Check(GraphQLValue value, GraphQLType expected, string what)
    {
        if (value is GraphQLVariable variable)
        {
            Variable(variable, expected, what);
            return;
        }
        if (value is GraphQLNullValue)
        {
            if (expected is GraphQLNonNullType)
                report(value, $"{what} has an invalid value (null). Expected type '{TypeReferences.Print(expected)}', found null.");
            return;
        }
        var type = expected is GraphQLNonNullType nonNull ? nonNull.Type : expected;
        if (type is GraphQLListType list)
        {
            // A single value stands for a list of one (input coercion of lists, spec §3.11).
            foreach (var item in value is GraphQLListValue values ? values.Values ?? [] : [value])
                Check(item, list.Type, what);
            return;
        }
        if (schema.Find(TypeReferences.NamedType(type)) is { } named)
            Named(value, named, expected, what);
    }

    private void Variable(GraphQLVariable variable, GraphQLType expected, string what)
    {
        var name = variable.Name.StringValue;
        if (!scope.AllowVariables)
        {
            report(variable, $"{what} has an invalid value: a default value must be a constant, not the variable '${name}'.");
            return;
        }
        scope.Used.Add(name);
        if (!scope.Declared.TryGetValue(name, out var definition))
            report(variable, $"Variable '${name}' is not defined by operation '{scope.Name}'.");
        // A variable of an unknown type is reported where it is declared, once.
        else if (schema.Find(TypeReferences.NamedType(definition.Type)) is not null && !TypeReferences.Fits(definition.Type, expected, definition.DefaultValue is not null && definition.DefaultValue is not GraphQLNullValue))
            report(variable, $"Variable '${name}' of type '{TypeReferences.Print(definition.Type)}' used in position expecting type '{TypeReferences.Print(expected)}'.");
    }

    private void Named(GraphQLValue value, TypeModel type, GraphQLType expected, string what)
    {
        var fits = type.Kind switch
        {
            TypeKind.Enum => value is GraphQLEnumValue e && type.EnumValues.Contains(e.Name.StringValue),
            TypeKind.InputObject => value is GraphQLObjectValue,
            TypeKind.Scalar => Scalar(value, type.Name),
            _ => false,
        };
        if (!fits)
            report(value, $"{what} has an invalid value ({Describe(value)}). Expected type '{TypeReferences.Print(expected)}'.");
        else if (value is GraphQLObjectValue @object)
            InputObject(@object, type, what);
    }

    private static bool Scalar(GraphQLValue value, string scalar) => scalar switch
    {
        "Int" => value is GraphQLIntValue,
        "Float" => value is GraphQLIntValue or GraphQLFloatValue,
        "String" => value is GraphQLStringValue,
        "Boolean" => value is GraphQLBooleanValue,
        "ID" => value is GraphQLStringValue or GraphQLIntValue,
        _ => value is GraphQLStringValue or GraphQLIntValue or GraphQLFloatValue or GraphQLBooleanValue,
    };

    private void InputObject(GraphQLObjectValue value, TypeModel type, string what)
    {
        var given = value.Fields ?? [];
        foreach (var field in given)
        {
            var name = field.Name.StringValue;
            if (type.InputFields.FirstOrDefault(f => f.Name == name) is { } expected)
                Check(field.Value, expected.Type, $"{what} field '{name}'");
            else
                report(field, $"{what} has an invalid value: field '{name}' is not defined by type '{type.Name}'.");
        }
        foreach (var missing in type.InputFields.Where(f => f.IsRequired && given.All(g => g.Name.StringValue != f.Name)))
            report(value, $"{what} has an invalid value: field '{missing.Name}' of required type '{TypeReferences.Print(missing.Type)}' was not provided.");
    }

    private static string Describe(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => "\"" + s.Value.ToString() + "\"",
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLFloatValue f => f.Value.ToString(),
        GraphQLBooleanValue b => b.Value.ToString(),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLObjectValue => "an object",
        GraphQLListValue => "a list",
        _ => value.Kind.ToString(),
    };
}
