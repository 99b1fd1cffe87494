using System.Collections.Generic;
using GraphQLParser.AST;
using Hub.Client.Generator.Schema;

namespace Hub.Client.Generator.Emit;

/// <summary>The enums and input objects the operations reach, so only those become C# types.</summary>
internal sealed class TypeCollector(SchemaModel schema)
{
    public SortedDictionary<string, TypeModel> Used { get; } = new(System.StringComparer.Ordinal);

    public void Use(GraphQLType reference)
    {
        var type = schema.Find(TypeReferences.NamedType(reference));
        if (type is null || type.Kind is not (TypeKind.Enum or TypeKind.InputObject) || Used.ContainsKey(type.Name))
            return;
        Used[type.Name] = type;
        foreach (var field in type.InputFields)
            Use(field.Type);
    }

    /// <summary>Whether a value of <paramref name="reference"/> can carry an idempotency key (an input field <c>idempotencyKey</c>, at any depth).</summary>
    public bool CarriesIdempotencyKey(GraphQLType reference, HashSet<string>? seen = null)
    {
        var type = schema.Find(TypeReferences.NamedType(reference));
        seen ??= new HashSet<string>();
        if (type is not { Kind: TypeKind.InputObject } || !seen.Add(type.Name))
            return false;
        foreach (var field in type.InputFields)
        {
            if (field.Name == TypesEmitter.IdempotencyKey || CarriesIdempotencyKey(field.Type, seen))
                return true;
        }
        return false;
    }
}
