using System.Collections.Generic;
using GraphQLParser.AST;
using Hub.Client.Generator.Schema;

namespace Hub.Client.Generator.Emit;

/// <summary>
/// A result record to generate: the fields a selection set asks of one type. On an interface or
/// union with type conditions the shape is an abstract record of the fields every value has, and
/// one variant per object type the conditions name (plus one for any other type), dispatched on
/// <c>__typename</c>: so the <c>errors</c> of a payload become typed records.
/// </summary>
internal sealed class Shape(string className, TypeModel type)
{
    public string ClassName { get; } = className;
    public TypeModel Type { get; } = type;
    public List<ShapeField> Fields { get; } = new();
    public List<Shape> Variants { get; } = new();
    /// <summary>The object type a variant stands for; null for the base and the catch-all variant.</summary>
    public TypeModel? Concrete { get; set; }
}

/// <summary>One property of a result record: the response name, its GraphQL type and, for objects, its own shape.</summary>
internal sealed class ShapeField(string responseName, GraphQLType type, Shape? nested)
{
    public string ResponseName { get; } = responseName;
    public GraphQLType Type { get; } = type;
    public Shape? Nested { get; } = nested;
}

/// <summary>A selection set with the file it was written in (fragments may come from other files).</summary>
internal readonly struct Selections(GraphQLFile file, GraphQLSelectionSet set)
{
    public GraphQLFile File { get; } = file;
    public GraphQLSelectionSet Set { get; } = set;
}
