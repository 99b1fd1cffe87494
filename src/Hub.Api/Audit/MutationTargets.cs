using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Common;

namespace Hub.Api.Audit;

/// <summary>What a mutation call's audit event names: the record it changed or aimed at, and the person concerned.</summary>
internal static class MutationTargets
{
    /// <summary>The record a call changed or created, once per person it is about (each adult of a foster family), or once when none.</summary>
    public static IReadOnlyList<AuditSubject> Of(Entity changed) => Subjects(changed.GetType().Name, changed.Id, AuditTrail.PersonsOf(changed));

    /// <summary>
    /// The record a call aimed at when it changed nothing: the first global id its input names
    /// (<c>personId</c>, <c>careCaseId</c> …), its persons read from <paramref name="loaded"/> when the
    /// call had loaded it. A create refused before anything existed names no record.
    /// </summary>
    public static IReadOnlyList<AuditSubject> OfInput(IResolveFieldContext context, Func<Guid, object?>? loaded = null)
    {
        foreach (var value in context.Arguments?.Values.Select(argument => argument.Value) ?? [])
            if (FirstGlobalId(value) is (string type, Guid id))
                return Subjects(type, id, type == "Person" ? [id] : AuditTrail.PersonsOf(loaded?.Invoke(id)));
        return [new AuditSubject("Mutation", null, null)];
    }

    private static IReadOnlyList<AuditSubject> Subjects(string type, Guid id, IReadOnlyList<Guid> persons) =>
        persons.Count == 0 ? [new AuditSubject(type, id, null)] : [.. persons.Select(person => new AuditSubject(type, id, person))];

    /// <summary>The sensitivity of the data a mutation changes: that of its payload's object.</summary>
    public static Sensitivity SensitivityOf(IFieldType mutation) =>
        (mutation.ResolvedType?.GetNamedType() as IComplexGraphType)?.Fields.Where(field => field.Name != "errors")
            .Select(field => field.EffectiveSensitivityOf()).FirstOrDefault(sensitivity => sensitivity is not null) ?? Sensitivity.Public;

    private static (string Type, Guid Id)? FirstGlobalId(object? value) => value switch
    {
        string text when GlobalId.TryDecode(text, out var type, out var id) => (type, id),
        null or string or ValueType => null,
        _ => value.GetType().GetProperties()
            .Where(property => property.PropertyType == typeof(string) && property.GetCustomAttribute<IdAttribute>() is not null)
            .Select(property => FirstGlobalId(property.GetValue(value))).FirstOrDefault(found => found is not null),
    };
}
