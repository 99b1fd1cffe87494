using GraphQL.Types;
using GraphQL.Utilities;

namespace Hub.Api.GraphQL;

/// <summary>Describes the scalars the schema uses, so the contract is self-explanatory in every IDE.</summary>
public sealed class ScalarDescriptions : BaseSchemaNodeVisitor
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["String"] = "UTF-8 text.",
        ["Boolean"] = "true or false.",
        ["ID"] = "An opaque identifier: pass it back as given.",
        ["Int"] = "A 32-bit signed integer.",
        ["Long"] = "A 64-bit signed integer.",
        ["Float"] = "A double-precision number: rates and medians.",
        ["Decimal"] = "An exact decimal number; amounts are in euro.",
        ["Date"] = "A calendar date, ISO 8601 (yyyy-MM-dd).",
        ["DateTimeOffset"] = "An instant with its UTC offset, ISO 8601.",
    };

    public override void VisitScalar(ScalarGraphType type, ISchema schema)
    {
        if (string.IsNullOrEmpty(type.Description) && Descriptions.TryGetValue(type.Name, out var description))
            type.Description = description;
    }
}
