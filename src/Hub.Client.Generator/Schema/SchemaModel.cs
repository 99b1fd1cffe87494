using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;

namespace Hub.Client.Generator.Schema;

/// <summary>What a named type of the schema is; decides how a selection on it is shaped and checked.</summary>
internal enum TypeKind { Scalar, Enum, Object, Interface, Union, InputObject }

/// <summary>A field of an output type, or a field of an input object (then without arguments).</summary>
internal sealed class FieldModel(string name, GraphQLType type, IReadOnlyList<InputValueModel> arguments)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; } = type;
    public IReadOnlyList<InputValueModel> Arguments { get; } = arguments;
}

/// <summary>An argument or an input field: required when non-null without a default (GraphQL spec §5.4.2.1).</summary>
internal sealed class InputValueModel(string name, GraphQLType type, bool hasDefault)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; } = type;
    public bool IsRequired { get; } = type is GraphQLNonNullType && !hasDefault;
}

/// <summary>A named type with what validation and code generation need of it.</summary>
internal sealed class TypeModel(string name, TypeKind kind)
{
    public string Name { get; } = name;
    public TypeKind Kind { get; } = kind;
    public Dictionary<string, FieldModel> Fields { get; } = new();
    public List<InputValueModel> InputFields { get; } = new();
    public List<string> EnumValues { get; } = new();
    /// <summary>Interfaces an object or interface implements; member types of a union.</summary>
    public List<string> Related { get; } = new();
    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;
    public bool IsInput => Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;
}

/// <summary>The schema's types, built from its SDL; the built-in scalars are always there.</summary>
internal sealed class SchemaModel
{
    private static readonly string[] BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private SchemaModel(Dictionary<string, TypeModel> types, Dictionary<OperationType, string> roots) => (Types, roots_) = (types, roots);

    private readonly Dictionary<OperationType, string> roots_;

    public Dictionary<string, TypeModel> Types { get; }

    public TypeModel? Find(string name) => Types.TryGetValue(name, out var type) ? type : null;

    public TypeModel? Root(OperationType operation) => roots_.TryGetValue(operation, out var name) ? Find(name) : null;

    /// <summary>The object types a value of <paramref name="type"/> can be at run time.</summary>
    public IEnumerable<TypeModel> PossibleTypes(TypeModel type) => type.Kind switch
    {
        TypeKind.Object => [type],
        TypeKind.Union => type.Related.Select(Find).OfType<TypeModel>(),
        TypeKind.Interface => Types.Values.Where(t => t.Kind == TypeKind.Object && t.Related.Contains(type.Name)).OrderBy(t => t.Name, System.StringComparer.Ordinal),
        _ => [],
    };

    public static SchemaModel From(GraphQLDocument sdl)
    {
        var types = BuiltInScalars.ToDictionary(name => name, name => new TypeModel(name, TypeKind.Scalar));
        var roots = new Dictionary<OperationType, string> { [OperationType.Query] = "Query", [OperationType.Mutation] = "Mutation", [OperationType.Subscription] = "Subscription" };
        foreach (var definition in sdl.Definitions)
        {
            if (definition is GraphQLSchemaDefinition schema)
                foreach (var root in schema.OperationTypes)
                    roots[root.Operation] = root.Type!.Name.StringValue;
            else if (Define(definition) is { } type)
                types[type.Name] = type;
        }
        return new SchemaModel(types, roots);
    }

    private static TypeModel? Define(ASTNode definition) => definition switch
    {
        GraphQLScalarTypeDefinition scalar => new TypeModel(scalar.Name.StringValue, TypeKind.Scalar),
        GraphQLEnumTypeDefinition @enum => WithEnumValues(new TypeModel(@enum.Name.StringValue, TypeKind.Enum), @enum),
        GraphQLObjectTypeDefinition @object => WithFields(new TypeModel(@object.Name.StringValue, TypeKind.Object), @object.Fields, @object.Interfaces),
        GraphQLInterfaceTypeDefinition @interface => WithFields(new TypeModel(@interface.Name.StringValue, TypeKind.Interface), @interface.Fields, @interface.Interfaces),
        GraphQLUnionTypeDefinition union => WithMembers(new TypeModel(union.Name.StringValue, TypeKind.Union), union),
        GraphQLInputObjectTypeDefinition input => WithInputFields(new TypeModel(input.Name.StringValue, TypeKind.InputObject), input),
        _ => null,
    };

    private static TypeModel WithEnumValues(TypeModel type, GraphQLEnumTypeDefinition definition)
    {
        type.EnumValues.AddRange(definition.Values?.Items.Select(v => v.Name.StringValue) ?? []);
        return type;
    }

    private static TypeModel WithFields(TypeModel type, GraphQLFieldsDefinition? fields, GraphQLImplementsInterfaces? interfaces)
    {
        foreach (var field in fields?.Items ?? [])
            type.Fields[field.Name.StringValue] = new FieldModel(field.Name.StringValue, field.Type, InputValues(field.Arguments?.Items));
        type.Related.AddRange(interfaces?.Items.Select(i => i.Name.StringValue) ?? []);
        return type;
    }

    private static TypeModel WithMembers(TypeModel type, GraphQLUnionTypeDefinition definition)
    {
        type.Related.AddRange(definition.Types?.Items.Select(t => t.Name.StringValue) ?? []);
        return type;
    }

    private static TypeModel WithInputFields(TypeModel type, GraphQLInputObjectTypeDefinition definition)
    {
        type.InputFields.AddRange(InputValues(definition.Fields?.Items));
        return type;
    }

    private static List<InputValueModel> InputValues(List<GraphQLInputValueDefinition>? values) =>
        values?.Select(v => new InputValueModel(v.Name.StringValue, v.Type, v.DefaultValue is not null)).ToList() ?? [];
}
