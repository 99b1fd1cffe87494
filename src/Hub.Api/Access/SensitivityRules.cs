using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;

namespace Hub.Api.Access;

/// <summary>
/// Settles each field's sensitivity once, when the schema is built: the field's declaration, else
/// its type's. A field above PUBLIC becomes nullable, because a caller without the clearance gets
/// null and a FORBIDDEN error there while the rest of the response stands; and its description
/// states its sensitivity, generated from the declaration so the two cannot drift.
/// </summary>
public sealed class SensitivityRules : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.SensitivityOf() is { } sensitivity and not Sensitivity.Public)
            type.Description = $"{type.Description} Sensitivity: {Describe(sensitivity)}, where a field does not say otherwise.";
    }

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (type.Name.StartsWith("__", StringComparison.Ordinal) || type == schema.Mutation)
            return;
        // Relay plumbing from GraphQL.NET (PageInfo) carries no data of its own.
        var declared = field.SensitivityOf() ?? type.SensitivityOf() ?? (type.GetType().Assembly == typeof(HubSchema).Assembly ? null : Sensitivity.Public);
        if (declared is not { } sensitivity)
            return;
        field.SetEffectiveSensitivity(sensitivity);
        if (sensitivity == Sensitivity.Public)
        {
            if (LinksOutOfSensitiveType(field, type))
                field.Description = $"{field.Description} Sensitivity: PUBLIC.";
            return;
        }
        if (field.ResolvedType is NonNullGraphType nonNull)
            field.ResolvedType = nonNull.ResolvedType;
        field.Description = $"{field.Description} Sensitivity: {Describe(sensitivity)}.";
    }

    // A public object (a hospital, a zone) reached from a sensitive one: the reader learns that
    // following the link needs no clearance, against the type's own note.
    private static bool LinksOutOfSensitiveType(FieldType field, IObjectGraphType type) =>
        type.SensitivityOf() is { } owner && owner != Sensitivity.Public && field.ResolvedType?.GetNamedType() is IObjectGraphType;

    /// <summary><c>Personal | Health</c> → <c>PERSONAL, HEALTH</c>, as the schema's enum spells them.</summary>
    public static string Describe(Sensitivity sensitivity) => sensitivity == Sensitivity.Public
        ? "PUBLIC"
        : string.Join(", ", Enum.GetValues<Sensitivity>().Where(level => level != Sensitivity.Public && sensitivity.HasFlag(level)).Select(level => level.ToString().ToConstantCase()));
}
