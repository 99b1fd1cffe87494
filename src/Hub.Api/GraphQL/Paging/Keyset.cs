using System.Linq.Expressions;

namespace Hub.Api.GraphQL.Paging;

/// <summary>Ordering and "rows after this cursor" predicates as expression trees, translated to SQL.</summary>
public static class Keyset
{
    public static IQueryable<T> Order<T>(IQueryable<T> source, IReadOnlyList<SortKey> keys, bool reverse)
    {
        var expression = source.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending ^ reverse;
            var method = (i == 0 ? (descending ? "OrderByDescending" : "OrderBy") : (descending ? "ThenByDescending" : "ThenBy"));
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].KeyType], expression, Expression.Quote(keys[i].Selector));
        }
        return source.Provider.CreateQuery<T>(expression);
    }

    /// <summary>
    /// Each row with its sort-key values, read in the same statement (keys on related rows are
    /// joins), so a cursor never needs the related objects loaded.
    /// </summary>
    public static Expression<Func<T, KeyedRow<T>>> WithKeyValues<T>(IReadOnlyList<SortKey> keys, LambdaExpression? projection)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(Key(k, row), typeof(object))));
        var read = projection is null ? row : ParameterSwap.Replace(projection.Body, projection.Parameters[0], row);
        return Expression.Lambda<Func<T, KeyedRow<T>>>(Expression.New(typeof(KeyedRow<T>).GetConstructors()[0], read, values), row);
    }

    /// <summary>
    /// Rows strictly after (or, when <paramref name="before"/>, before) the cursor's row:
    /// (k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR …, each comparison flipped for descending keys.
    /// </summary>
    public static Expression<Func<T, bool>> Beyond<T>(IReadOnlyList<SortKey> keys, object?[] values, bool before)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression all = Compare(keys[i], row, values[i], greater: keys[i].Descending == before);
            for (var j = i - 1; j >= 0; j--)
                all = Expression.AndAlso(Expression.Equal(Key(keys[j], row), Constant(keys[j], values[j])), all);
            any = any is null ? all : Expression.OrElse(any, all);
        }
        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    private static Expression Compare(SortKey key, ParameterExpression row, object? value, bool greater)
    {
        var left = Key(key, row);
        var right = Constant(key, value);
        if (key.KeyType == typeof(string))
        {
            // Strings have no < operator in expression trees; string.Compare is what EF Core translates.
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }
        return greater ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }

    private static Expression Key(SortKey key, ParameterExpression row) => ParameterSwap.Replace(key.Selector.Body, key.Selector.Parameters[0], row);

    private static Expression Constant(SortKey key, object? value) => QueryParameter.Of(value, key.KeyType);
}

/// <summary>A row of a page and the values of its sort keys.</summary>
public sealed record KeyedRow<T>(T Row, object?[] KeyValues);
