using System.Linq.Expressions;
using System.Reflection;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>The operators of the scalar filters, as expression trees over one column.</summary>
internal static class Operators
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression Text(Expression field, IDictionary<string, object?> operations) =>
        All(operations, (op, value) => op switch
        {
            "contains" or "startsWith" or "endsWith" => IgnoringCase(field, op, (string)value),
            _ => Compare(field, op, value),
        });

    /// <summary>
    /// A name's operators: the patterns on its search key (<paramref name="key"/>) with the value
    /// folded the same way (<see cref="SearchKey.Fold(string?)"/>), the comparisons on the name itself.
    /// </summary>
    public static Expression Name(Expression field, Expression key, IDictionary<string, object?> operations) =>
        All(operations, (op, value) => op switch
        {
            "startsWith" => Prefix(key, SearchKey.Fold((string)value)!),
            "contains" or "endsWith" => Expression.AndAlso(Expression.NotEqual(key, Expression.Constant(null, typeof(string))),
                Expression.Call(key, Pattern(op), QueryParameter.Of(SearchKey.Fold((string)value), typeof(string)))),
            _ => Compare(field, op, value),
        });

    public static Expression Comparable(Expression field, IDictionary<string, object?> operations) =>
        All(operations, (op, value) => Compare(field, op, value));

    private static Expression Compare(Expression field, string op, object value)
    {
        return op switch
        {
            "eq" => Expression.Equal(field, Value()),
            "neq" => Expression.NotEqual(field, Value()),
            "gt" => Expression.GreaterThan(field, Value()),
            "gte" => Expression.GreaterThanOrEqual(field, Value()),
            "lt" => Expression.LessThan(field, Value()),
            "lte" => Expression.LessThanOrEqual(field, Value()),
            "in" => In(field, value),
            "nin" => Expression.Not(In(field, value)),
            "isNull" => IsNull(field, (bool)value),
            _ => throw new InvalidOperationException($"Unknown filter operator '{op}'."),
        };

        Expression Value() => QueryParameter.Of(value, field.Type);
    }

    // column IS [NOT] NULL; a column that cannot hold null is never null.
    private static Expression IsNull(Expression field, bool isNull)
    {
        var canBeNull = !field.Type.IsValueType || Nullable.GetUnderlyingType(field.Type) is not null;
        Expression hasNoValue = canBeNull ? Expression.Equal(field, Expression.Constant(null, field.Type)) : Expression.Constant(false);
        return isNull ? hasNoValue : Expression.Not(hasNoValue);
    }

    // column IN (…): the values travel as one typed array parameter.
    private static Expression In(Expression field, object values)
    {
        var items = ((IEnumerable<object?>)values).ToList();
        var array = Array.CreateInstance(field.Type, items.Count);
        for (var i = 0; i < items.Count; i++)
            array.SetValue(items[i], i);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [field.Type], QueryParameter.Of(array, array.GetType()), field);
    }

    // key >= @prefix AND key < @next, where @next is the prefix with its last character one higher:
    // an index range on every provider, unlike LIKE 'X%' (SQLite's LIKE ignores case, so no index
    // on a BINARY column serves it; PostgreSQL needs the pattern's text at planning time).
    private static Expression Prefix(Expression key, string prefix)
    {
        // No character one higher that is itself a character: the plain pattern, without the range.
        if (prefix.Length == 0 || prefix[^1] == char.MaxValue || char.IsSurrogate(prefix[^1]) || char.IsSurrogate((char)(prefix[^1] + 1)))
            return Expression.AndAlso(Expression.NotEqual(key, Expression.Constant(null, typeof(string))),
                Expression.Call(key, Pattern("startsWith"), QueryParameter.Of(prefix, typeof(string))));
        var next = prefix[..^1] + (char)(prefix[^1] + 1);
        return Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(StringCompare, key, QueryParameter.Of(prefix, typeof(string))), Expression.Constant(0)),
            Expression.LessThan(Expression.Call(StringCompare, key, QueryParameter.Of(next, typeof(string))), Expression.Constant(0)));
    }

    private static MethodInfo Pattern(string op) =>
        typeof(string).GetMethod(op switch { "contains" => nameof(string.Contains), "startsWith" => nameof(string.StartsWith), _ => nameof(string.EndsWith) }, [typeof(string)])!;

    // LOWER(column) LIKE LOWER(@value) with the pattern's wildcards escaped, on every provider.
    private static Expression IgnoringCase(Expression field, string op, string value)
    {
        var method = Pattern(op);
        var lowered = Expression.Call(field, ToLower);
        return Expression.AndAlso(Expression.NotEqual(field, Expression.Constant(null, typeof(string))),
            Expression.Call(lowered, method, QueryParameter.Of(value.ToLowerInvariant(), typeof(string))));
    }

    private static Expression All(IDictionary<string, object?> operations, Func<string, object, Expression> condition) =>
        operations.Where(o => o.Value is not null).Select(o => condition(o.Key, o.Value!)).Aggregate((Expression)Expression.Constant(true), Expression.AndAlso);
}
