using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Domain.Access;
using Hub.Domain.Audit;

namespace Hub.Api.Access;

/// <summary>
/// Access declarations on schema fields, kept as field metadata so authorization reads them from
/// the schema itself: each field's sensitivity (DESIGN §4, layer 3) and each mutation's permission
/// (layer 4). Declared once, next to the field.
/// </summary>
public static class FieldAccess
{
    internal const string SensitivityKey = "hub:sensitivity";
    private const string PermissionKey = "hub:permission";
    private const string EffectiveSensitivityKey = "hub:effective-sensitivity";

    public static FieldBuilder<TSource, TReturn> Sensitive<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Sensitivity sensitivity) =>
        field.WithMetadata(SensitivityKey, sensitivity);

    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Permission permission) =>
        field.WithMetadata(PermissionKey, permission);

    /// <summary>The sensitivity of every field of a type that does not declare its own.</summary>
    public static TType Sensitive<TType>(this TType type, Sensitivity sensitivity) where TType : IGraphType
    {
        type.Metadata[SensitivityKey] = sensitivity;
        return type;
    }

    /// <summary>The sensitivity a type declares for its fields, or null.</summary>
    public static Sensitivity? SensitivityOf(this IGraphType type) =>
        type.HasMetadata(SensitivityKey) ? type.GetMetadata<Sensitivity>(SensitivityKey) : null;

    /// <summary>What reading the field needs: its own declaration, else its type's; null when neither declares one.</summary>
    public static Sensitivity? EffectiveSensitivityOf(this IFieldType field) =>
        field.HasMetadata(EffectiveSensitivityKey) ? field.GetMetadata<Sensitivity>(EffectiveSensitivityKey) : null;

    internal static void SetEffectiveSensitivity(this IFieldType field, Sensitivity sensitivity) => field.Metadata[EffectiveSensitivityKey] = sensitivity;

    /// <summary>The declared sensitivity, or null when the field declares none.</summary>
    public static Sensitivity? SensitivityOf(this IFieldType field) =>
        field.HasMetadata(SensitivityKey) ? field.GetMetadata<Sensitivity>(SensitivityKey) : null;

    /// <summary>The declared permission, or null when the field declares none.</summary>
    public static Permission? PermissionOf(this IFieldType field) =>
        field.HasMetadata(PermissionKey) ? field.GetMetadata<Permission>(PermissionKey) : null;
}
