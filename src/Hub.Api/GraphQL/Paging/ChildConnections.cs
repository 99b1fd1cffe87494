using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL.Paging;

/// <summary>A row of a nested list and the parent it belongs to (a foreign key, or a join table's).</summary>
public sealed class Child<T>
{
    public Guid ParentId { get; init; }
    public required T Row { get; init; }
}

/// <summary>
/// A paged list nested in another object (a zone's comuni, an organisation's structures). The
/// first page of every parent at the same place in the query is read in one statement, numbered
/// per parent in SQL (ROW_NUMBER … PARTITION BY), and their totals in one more; a page after a
/// cursor belongs to one parent and is read alone.
/// </summary>
public static class ChildConnections
{
    public static FieldBuilder<TParent, object> ChildConnection<TParent, TNodeType, T>(this ObjectGraphType<TParent> owner, string name, string description,
        Expression<Func<HubDbContext, IQueryable<Child<T>>>> children, SortOrder<T> order)
        where TParent : Entity
        where TNodeType : IGraphType, IListNodeType<T>
        where T : Entity
    {
        var list = new ListQuery<T>(TNodeType.ListArguments, order);
        return owner.ConnectionField<TParent, TNodeType>(name, description, list, order).Reads().Resolve(context =>
        {
            var services = context.RequestServices!;
            var db = services.GetRequiredService<HubDbContext>();
            var page = PageRequest.From(context, services.GetRequiredService<GraphQLOptions>());
            if (page.After is not null || page.Before is not null)
                return LoaderExtensions.Later(_ =>
                    ConnectionFields.PageAsync(context, list, OfParent(children, db, QueryParameter.Of(context.Source.Id, typeof(Guid))), page));
            // Every parent resolved at this field of the document shares the same arguments.
            return context.LoadAtPlace(context.Source.Id, (keys, ct) => FirstPagesAsync(context, db, list, children, page, keys, ct));
        });
    }

    /// <summary>The rows of the parent whose id <paramref name="parentId"/> gives: a parameter, or the outer query's parent.</summary>
    private static IQueryable<T> OfParent<T>(Expression<Func<HubDbContext, IQueryable<Child<T>>>> children, HubDbContext db, Expression parentId) where T : class
    {
        var child = Expression.Parameter(typeof(Child<T>), "child");
        var ofParent = Expression.Lambda<Func<Child<T>, bool>>(Expression.Equal(Expression.Property(child, nameof(Child<T>.ParentId)), parentId), child);
        return Rows(children, db).AsNoTracking().Where(ofParent).Select(c => c.Row);
    }

    private static IQueryable<Child<T>> Rows<T>(Expression<Func<HubDbContext, IQueryable<Child<T>>>> children, HubDbContext db) where T : class =>
        db.Set<T>().AsQueryable().Provider.CreateQuery<Child<T>>(ParameterSwap.Replace(children.Body, children.Parameters[0], Expression.Constant(db)));

    private static async Task<Dictionary<Guid, Connection<object>>> FirstPagesAsync<TParent, T>(IResolveFieldContext<TParent> context, HubDbContext db,
        ListQuery<T> list, Expression<Func<HubDbContext, IQueryable<Child<T>>>> children, PageRequest page, IReadOnlyCollection<Guid> keys, CancellationToken ct)
        where TParent : Entity
        where T : Entity
    {
        // parents.Select(parent => new Page { ParentId = parent.Id, Rows = <the parent's window>.ToList() })
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var (rows, order, _) = list.Apply(OfParent(children, db, Expression.Property(parent, nameof(Entity.Id))), context, db);
        var window = Paginator.Window(rows, order, page, Projection.Selector<T>(context)).Expression;
        var pages = await db.Set<TParent>().AsNoTracking().Where(p => keys.Contains(p.Id))
            .Select(Expression.Lambda<Func<TParent, ParentPage<T>>>(Expression.MemberInit(Expression.New(typeof(ParentPage<T>)),
                Expression.Bind(typeof(ParentPage<T>).GetProperty(nameof(ParentPage<T>.ParentId))!, Expression.Property(parent, nameof(Entity.Id))),
                Expression.Bind(typeof(ParentPage<T>).GetProperty(nameof(ParentPage<T>.Rows))!,
                    Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<T>)], window))), parent))
            .ToListAsync(ct);
        var totals = context.Selects("totalCount") ? await TotalsAsync(context, db, list, children, keys, ct) : null;
        return pages.ToDictionary(p => p.ParentId, p => Paginator.ToConnection(p.Rows, order, page, totals?.GetValueOrDefault(p.ParentId) ?? (totals is null ? null : 0)));
    }

    private static async Task<Dictionary<Guid, int>> TotalsAsync<T>(IResolveFieldContext context, HubDbContext db, ListQuery<T> list,
        Expression<Func<HubDbContext, IQueryable<Child<T>>>> children, IReadOnlyCollection<Guid> keys, CancellationToken ct) where T : Entity
    {
        var matching = list.Apply(Rows(children, db).Where(child => keys.Contains(child.ParentId)).Select(child => child.Row), context, db).Source;
        var parentIds = Rows(children, db).Where(child => keys.Contains(child.ParentId) && matching.Contains(child.Row));
        return await parentIds.GroupBy(child => child.ParentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    private sealed class ParentPage<T>
    {
        public Guid ParentId { get; init; }
        public List<KeyedRow<T>> Rows { get; init; } = [];
    }
}
