using GraphQLParser.AST;
using Hub.Client.Generator.Schema;

namespace Hub.Client.Generator.Emit;

/// <summary>
/// How GraphQL types become C# types, and how values of them are read from and written to JSON.
/// The hub's custom scalars map to their .NET types (DateOnly, DateTimeOffset, Decimal, Long, and
/// the Date/DateTime spellings other schemas use); ID is <c>Hub.Client.GlobalId</c>; a scalar the
/// generator does not know stays a <c>JsonElement</c>.
/// </summary>
internal sealed class ClrTypes(SchemaModel schema)
{
    private const string Json = "global::Hub.Client.HubJson";

    public string Of(GraphQLType type, string? shapeName = null)
    {
        if (type is GraphQLNonNullType nonNull)
            return Of(nonNull.Type, shapeName).TrimEnd('?');
        if (type is GraphQLListType list)
            return $"global::System.Collections.Generic.IReadOnlyList<{Of(list.Type, shapeName)}>?";
        var name = TypeReferences.NamedType(type);
        return (shapeName ?? Named(name)) + "?";
    }

    private string Named(string name) => schema.Find(name)?.Kind switch
    {
        TypeKind.Scalar => Scalar(name).Clr,
        _ => name,
    };

    /// <summary>The C# expression reading <paramref name="element"/> (a JsonElement) as <paramref name="type"/>.</summary>
    public string Read(GraphQLType type, string element, string? shapeName = null)
    {
        if (type is GraphQLNonNullType nonNull)
            return ReadValue(nonNull.Type, element, shapeName);
        return $"{Json}.IsNull({element}) ? default({Of(type, shapeName)}) : {ReadValue(type, element, shapeName)}";
    }

    private string ReadValue(GraphQLType type, string element, string? shapeName)
    {
        if (type is GraphQLListType list)
            return $"{Json}.List({element}, static item => {Read(list.Type, "item", shapeName)})";
        var name = TypeReferences.NamedType(type);
        return schema.Find(name)!.Kind switch
        {
            TypeKind.Scalar => $"{Json}.{Scalar(name).Reader}({element})",
            TypeKind.Enum => $"{name}Json.Read({element})",
            _ => $"{shapeName}.Read({element})",
        };
    }

    /// <summary>Statements writing <paramref name="value"/> (of C# type <see cref="Of"/>) with <c>writer</c>.</summary>
    public string Write(GraphQLType type, string value, int depth = 0)
    {
        if (type is GraphQLNonNullType nonNull)
            return WriteValue(nonNull.Type, value, depth);
        var local = "v" + depth;
        return $"if ({value} is {{ }} {local}) {{ {WriteValue(type, local, depth + 1)} }} else {{ writer.WriteNullValue(); }}";
    }

    private string WriteValue(GraphQLType type, string value, int depth)
    {
        if (type is GraphQLListType list)
        {
            var item = "item" + depth;
            return $"writer.WriteStartArray(); foreach (var {item} in {value}) {{ {Write(list.Type, item, depth + 1)} }} writer.WriteEndArray();";
        }
        var name = TypeReferences.NamedType(type);
        return schema.Find(name)!.Kind switch
        {
            TypeKind.Scalar => $"{Json}.Write(writer, {value});",
            TypeKind.Enum => $"{name}Json.Write(writer, {value});",
            _ => $"{value}.WriteTo(writer, context);",
        };
    }

    private static (string Clr, string Reader) Scalar(string name) => name switch
    {
        "String" => ("string", "ReadString"),
        "Int" => ("int", "ReadInt"),
        "Float" => ("double", "ReadFloat"),
        "Boolean" => ("bool", "ReadBoolean"),
        "ID" => ("global::Hub.Client.GlobalId", "ReadId"),
        "Long" => ("long", "ReadLong"),
        "Decimal" => ("decimal", "ReadDecimal"),
        "DateOnly" or "Date" => ("global::System.DateOnly", "ReadDate"),
        "DateTimeOffset" or "DateTime" => ("global::System.DateTimeOffset", "ReadDateTime"),
        _ => ("global::System.Text.Json.JsonElement", "ReadRaw"),
    };
}
