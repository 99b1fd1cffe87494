using System.Linq.Expressions;
using Hub.Domain.Persistence;

namespace Hub.Domain.Access;

/// <summary>
/// One entity's row scope (DESIGN §4, layer 2): a condition per <see cref="Access.Reach"/>, written
/// <c>[Reach.Zones] = (db, row) =&gt; …</c>. A caller's queries carry the conditions of the reaches it
/// holds and no others, so PostgreSQL plans a statement of one caller kind once instead of
/// re-planning one that holds every kind's branches behind boolean parameters.
/// </summary>
internal sealed class RowScope<T> where T : class
{
    private readonly List<(Reach Reach, Expression<Func<HubDbContext, T, bool>> Condition)> conditions = [];

    /// <summary>
    /// The rows a caller holding any of the reaches in <paramref name="reach"/> sees. <c>db</c> is the
    /// context running the query: its scope's lists (zones, named persons, guests) become SQL parameters.
    /// </summary>
    /// <exception cref="InvalidOperationException">A reach already has a condition: one condition per reach, or-ed inside it.</exception>
    public Expression<Func<HubDbContext, T, bool>> this[Reach reach]
    {
        set
        {
            if (conditions.Any(c => (c.Reach & reach) != 0))
                throw new InvalidOperationException($"The row scope of {typeof(T).Name} names {reach} twice.");
            conditions.Add((reach, value));
        }
    }

    /// <summary>
    /// The query filter for the kind of <paramref name="context"/>'s caller: none for the system, the
    /// or of the conditions of its reaches otherwise, and <c>false</c> when it holds none of them.
    /// </summary>
    public Expression<Func<T, bool>>? FilterFor(HubDbContext context)
    {
        var caller = context.Scope.Caller;
        if (caller.Unrestricted)
            return null;
        var row = Expression.Parameter(typeof(T), typeof(T).Name.ToLowerInvariant());
        var body = conditions.Where(c => (c.Reach & caller.Reach) != 0)
            .Select(c => new Binder(c.Condition.Parameters[0], context, c.Condition.Parameters[1], row).Visit(c.Condition.Body))
            .Aggregate((Expression?)null, (all, next) => all is null ? next : Expression.OrElse(all, next));
        return Expression.Lambda<Func<T, bool>>(body ?? Expression.Constant(false), row);
    }

    /// <summary>
    /// Puts the context instance where a condition says <c>db</c> (EF Core recognises it and reads its
    /// members per query, from the context that runs the query) and the filter's row where it says row.
    /// </summary>
    private sealed class Binder(ParameterExpression db, HubDbContext context, ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == db ? Expression.Constant(context, typeof(HubDbContext)) : node == from ? to : base.VisitParameter(node);
    }
}
