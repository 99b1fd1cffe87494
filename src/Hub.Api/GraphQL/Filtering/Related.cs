using System.Linq.Expressions;
using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>Conditions on related rows, as EXISTS subqueries.</summary>
internal static class Related
{
    public static Expression Any<TOther>(Expression rows, IFilter filter, IDictionary<string, object?> where, HubDbContext db) =>
        Exists<TOther>(rows, Predicate<TOther>(filter, where, db));

    public static Expression Quantified<TOther>(Expression rows, IFilter filter, IDictionary<string, object?> list, HubDbContext db) =>
        list.Where(q => q.Value is not null).Select(q =>
        {
            var predicate = Predicate<TOther>(filter, (IDictionary<string, object?>)q.Value!, db);
            return q.Key switch
            {
                "some" => Exists<TOther>(rows, predicate),
                "none" => Expression.Not(Exists<TOther>(rows, predicate)),
                _ => Expression.Call(typeof(Queryable), nameof(Queryable.All), [typeof(TOther)], rows, Expression.Quote(predicate)),
            };
        }).Aggregate((Expression)Expression.Constant(true), Expression.AndAlso);

    private static Expression Exists<TOther>(Expression rows, LambdaExpression predicate) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TOther)], rows, Expression.Quote(predicate));

    private static LambdaExpression Predicate<TOther>(IFilter filter, IDictionary<string, object?> where, HubDbContext db)
    {
        var row = Expression.Parameter(typeof(TOther), "related");
        return Expression.Lambda<Func<TOther, bool>>(filter.Condition(row, where, db), row);
    }
}
