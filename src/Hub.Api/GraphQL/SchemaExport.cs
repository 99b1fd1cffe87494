using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Hub.Api.GraphQL;

/// <summary>The running schema as SDL: the public contract kept in <c>schema/hub.graphql</c>.</summary>
public static class SchemaExport
{
    public const string DefaultPath = "schema/hub.graphql";

    public static string Sdl(ISchema schema)
    {
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
