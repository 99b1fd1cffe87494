using GraphQL.Types;
using GraphQL.Utilities;
using Hub.Domain.Audit;

namespace Hub.Api.Access;

/// <summary>
/// Settles, when the schema is built, the clearance each <c>where:</c> condition and <c>order:</c>
/// key needs (DESIGN §4): a condition filters or sorts by what the field it stands for would
/// show, so it needs that field's clearance, settled the way <see cref="SensitivityRules"/>
/// settles it for reading. A condition with no field of the same name declares its own
/// clearance; one with neither has none and is refused to everyone, and a schema test names it.
/// </summary>
public sealed class InputClearanceRules : BaseSchemaNodeVisitor
{
    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema)
    {
        if (type is IStandsFor input && (field.SensitivityOf() ?? CounterpartOf(schema, input.Subject, field.Name)) is { } clearance)
            field.SetEffectiveSensitivity(clearance);
    }

    /// <summary>What reading <c>subject.name</c> needs, from the declarations; null when the subject has no such field.</summary>
    public static Sensitivity? CounterpartOf(ISchema schema, string subject, string name) =>
        schema.AllTypes[subject] is IObjectGraphType type && type.GetField(name) is { } field ? field.SensitivityOf() ?? type.SensitivityOf() : null;
}
