using System.Linq.Expressions;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Paging;

/// <summary>
/// A list whose rows each hang from one parent (a person from the comune of residence) and whose <c>where:</c> may name those
/// parents at its top level (<c>residence: { municipality: … }</c>: the residents of a zone are those of its comuni). A page of
/// such a request is read parent by parent (<see cref="PartitionedBy{T}"/>). Declared by the list's filter input type.
/// </summary>
/// <param name="parentKey">The row's parent, e.g. <c>p =&gt; p.Residence.MunicipalityId</c>.</param>
/// <param name="path">Where <c>where:</c> names the parents: the field names from its top level, e.g. <c>residence</c>, <c>municipality</c>.</param>
/// <param name="parents">The ids of the parents the condition found at <paramref name="path"/> names.</param>
public sealed class PagePartition<T>(Expression<Func<T, Guid>> parentKey, string[] path, Func<HubDbContext, IDictionary<string, object?>, IQueryable<Guid>> parents)
{
    /// <summary>
    /// The parents one request's <paramref name="where"/> names, or null: none named at the top level, or a database without lateral
    /// joins (SQLite has none; SQL Server's CROSS APPLY would serve, but only PostgreSQL's plans are measured and tested).
    /// </summary>
    public PartitionedBy<T>? Of(IDictionary<string, object?>? where, HubDbContext db)
    {
        if (db is not PostgresHubDbContext)
            return null;
        object? condition = where;
        foreach (var field in path)
            condition = condition is IDictionary<string, object?> level && level.TryGetValue(field, out var inner) ? inner : null;
        return condition is IDictionary<string, object?> named ? new(parentKey, parents(db, named)) : null;
    }
}

/// <summary>
/// The parents a request's rows come from. A page is then read parent by parent: each parent's first rows in the page's order
/// (a lateral join, served by an index on the parent key and the sort keys), then the first of those. The database reads at most
/// (parents × page) rows instead of every row that matches, and sorts those only: a zone page at 100 k persons read its 6,520
/// residents to return 100, now 15 comuni × 101 (issue 18). The page is the same, in the same order, with the same cursors: every
/// row has one parent, the condition at the top level of <c>where:</c> holds for every row listed, so the parents are all those
/// the rows come from, and a page's first rows are among the first rows of their own parent.
/// </summary>
public sealed record PartitionedBy<T>(Expression<Func<T, Guid>> ParentKey, IQueryable<Guid> Parents)
{
    /// <summary><c>Parents.SelectMany(parent =&gt; cut(rows.Where(row =&gt; ParentKey(row) == parent)))</c>: EF Core's CROSS JOIN LATERAL.</summary>
    public IQueryable<T> Each(IQueryable<T> rows, Func<IQueryable<T>, IQueryable<T>> cut)
    {
        var parent = Expression.Parameter(typeof(Guid), "parent");
        // "parent <> empty", true of every id, is a condition on the parent alone that EF Core cannot move out of the subquery, so it
        // keeps the lateral join: it turns one correlated by a key equality alone into a plain join over every row of every parent,
        // numbered per parent (ROW_NUMBER() OVER (PARTITION BY …) <= n), which reads them all.
        var ofParent = Expression.Lambda<Func<T, bool>>(Expression.AndAlso(Expression.Equal(ParentKey.Body, parent),
            Expression.NotEqual(parent, Expression.Constant(Guid.Empty))), ParentKey.Parameters);
        var rowsOfParent = cut(rows.Where(ofParent)).Expression;
        return Parents.SelectMany(Expression.Lambda<Func<Guid, IEnumerable<T>>>(rowsOfParent, parent));
    }
}
