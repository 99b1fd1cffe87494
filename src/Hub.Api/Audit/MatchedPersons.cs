using System.Linq.Expressions;
using GraphQL;
using Hub.Api.Access;
using Hub.Domain.Audit;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Audit;

/// <summary>
/// DESIGN §4: a condition on a sensitive field tells something of every row it matches, even when
/// only <c>totalCount</c> is asked for. When a list's <c>where:</c> uses a field above PERSONAL
/// (SOCIAL, HEALTH, …) and its rows are persons or carry a person, every person it matched is
/// audited with that sensitivity, in one more query of their ids.
/// </summary>
internal static class MatchedPersons
{
    public static async Task AuditAsync<T>(IResolveFieldContext context, IQueryable<T> matched)
    {
        if (PersonOf<T>() is not { } person || context.FieldDefinition.Arguments?.Find("where")?.ResolvedType is not { } type
            || context.GetArgument<Dictionary<string, object?>?>("where") is not { } where)
            return;
        var sensitivity = ConditionClearanceRule.Uses(type, where).Aggregate(Sensitivity.Public, (all, use) => all | (use.Clearance ?? Sensitivity.Public));
        if ((sensitivity & ~Sensitivity.Personal) == Sensitivity.Public)
            return;
        var persons = await matched.Select(person).Distinct().ToListAsync(context.CancellationToken);
        context.RequestServices!.GetRequiredService<AuditTrail>().Matched(context, persons, sensitivity);
    }

    // A person's own id, or the PersonId of a record about one (case, plan, placement, request, assessment).
    private static Expression<Func<T, Guid>>? PersonOf<T>()
    {
        var row = Expression.Parameter(typeof(T), "row");
        var key = typeof(T) == typeof(Person) ? nameof(Person.Id) : typeof(T).GetProperty("PersonId")?.PropertyType == typeof(Guid) ? "PersonId" : null;
        return key is null ? null : Expression.Lambda<Func<T, Guid>>(Expression.Property(row, key), row);
    }
}
