using GraphQL;
using Hub.Api.Audit;
using Hub.Domain.Access;
using Hub.Domain.Audit;

namespace Hub.Api.Access;

/// <summary>
/// Fields whose clearance is the record's own level, which the schema cannot know (a diary entry's text, a
/// document's file name): the field's declared level is checked before the resolver runs, this one inside it.
/// </summary>
public static class RecordLevel
{
    /// <summary><paramref name="value"/> when the caller holds <paramref name="level"/> (a read, audited); else a FORBIDDEN error at the field (audited as a refusal).</summary>
    public static T Gate<T>(IResolveFieldContext context, Sensitivity level, T value) => Gate(context, level, caller => caller.MayRead(level), value);

    /// <summary>As <see cref="Gate{T}(IResolveFieldContext, Sensitivity, T)"/>, with the record's own rule for reading <paramref name="level"/> (a document's: <see cref="Caller.MayReadDocument"/>).</summary>
    public static T Gate<T>(IResolveFieldContext context, Sensitivity level, Func<Caller, bool> mayRead, T value)
    {
        var services = context.RequestServices!;
        var audit = services.GetRequiredService<AuditTrail>();
        if (!mayRead(services.GetRequiredService<RequestAccess>().Scope.Caller))
        {
            audit.Denied(context, level);
            throw new ExecutionError($"Your roles may not read {SensitivityRules.Describe(level)} data ({context.ParentType.Name}.{context.FieldDefinition.Name} of this record).")
            { Code = "FORBIDDEN" };
        }
        audit.Read(context, level);
        return value;
    }
}
