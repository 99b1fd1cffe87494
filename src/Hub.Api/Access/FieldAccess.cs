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
    private const string SensitivityKey = "hub:sensitivity";
    private const string PermissionKey = "hub:permission";

    public static FieldBuilder<TSource, TReturn> Sensitive<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Sensitivity sensitivity) =>
        field.WithMetadata(SensitivityKey, sensitivity);

    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Permission permission) =>
        field.WithMetadata(PermissionKey, permission);

    /// <summary>The declared sensitivity, or null when the field declares none.</summary>
    public static Sensitivity? SensitivityOf(this IFieldType field) =>
        field.HasMetadata(SensitivityKey) ? field.GetMetadata<Sensitivity>(SensitivityKey) : null;

    /// <summary>The declared permission, or null when the field declares none.</summary>
    public static Permission? PermissionOf(this IFieldType field) =>
        field.HasMetadata(PermissionKey) ? field.GetMetadata<Permission>(PermissionKey) : null;
}
