using System.Linq.Expressions;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL;

/// <summary>
/// The search key of a name column (<see cref="SearchKeys"/>): <c>p => p.LastName</c> becomes
/// <c>p => EF.Property&lt;string&gt;(p, "LastNameKey")</c>, a column of the same row. The domain's
/// configuration must give the column a key; a query naming a missing one fails in every test that runs it.
/// </summary>
internal static class SearchKeyColumn
{
    public static Expression<Func<T, string>> Of<T>(Expression<Func<T, string?>> column)
    {
        var member = (MemberExpression)column.Body;
        var key = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], member.Expression!, Expression.Constant(SearchKeys.KeyOf(member.Member.Name)));
        return Expression.Lambda<Func<T, string>>(key, column.Parameters);
    }
}
