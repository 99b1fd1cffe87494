using GraphQLParser.AST;

namespace Hub.Client.Generator.Schema;

/// <summary>Helpers over GraphQL type references (<c>[Person!]!</c>).</summary>
internal static class TypeReferences
{
    /// <summary>The named type inside any list and non-null wrappers.</summary>
    public static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => "",
    };

    /// <summary>The reference as GraphQL writes it, for messages and printed documents.</summary>
    public static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => "",
    };

    /// <summary>
    /// Whether a variable of type <paramref name="variable"/> may flow into a position of type
    /// <paramref name="position"/> (spec §5.8.5, "Are Types Compatible"); a position with a default
    /// value also takes a nullable variable.
    /// </summary>
    public static bool Fits(GraphQLType variable, GraphQLType position, bool positionHasDefault)
    {
        if (position is GraphQLNonNullType required)
        {
            if (variable is GraphQLNonNullType given)
                return Fits(given.Type, required.Type, false);
            return positionHasDefault && Fits(variable, required.Type, false);
        }
        if (variable is GraphQLNonNullType nonNull)
            return Fits(nonNull.Type, position, false);
        if (position is GraphQLListType positionList)
            return variable is GraphQLListType variableList && Fits(variableList.Type, positionList.Type, false);
        return variable is GraphQLNamedType a && position is GraphQLNamedType b && a.Name.StringValue == b.Name.StringValue;
    }
}
