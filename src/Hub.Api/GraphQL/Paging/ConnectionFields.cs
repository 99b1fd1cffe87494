using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Hub.Api.Audit;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Relay;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL.Paging;

/// <summary>Declares a paged list field backed by a database query, with the node type's filter and sort inputs.</summary>
public static class ConnectionFields
{
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, T>(this ObjectGraphType<TSource> owner, string name, string description,
        Func<IResolveFieldContext<TSource>, HubDbContext, IQueryable<T>> query, SortOrder<T> order)
        where TNodeType : IGraphType, IListNodeType<T>
        where T : Entity =>
        owner.Connection<TSource, TNodeType, T>(name, description, (context, db, _) => Task.FromResult(query(context, db)), order);

    /// <summary>A list whose query needs a read of its own first (e.g. a key looked up outside the caller's scope).</summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, T>(this ObjectGraphType<TSource> owner, string name, string description,
        Func<IResolveFieldContext<TSource>, HubDbContext, CancellationToken, Task<IQueryable<T>>> query, SortOrder<T> order)
        where TNodeType : IGraphType, IListNodeType<T>
        where T : Entity
    {
        var list = new ListQuery<T>(TNodeType.ListArguments, order);
        return owner.ConnectionField<TSource, TNodeType>(name, description, list, order).ResolveAsync(async context =>
        {
            var services = context.RequestServices!;
            var page = PageRequest.From(context, services.GetRequiredService<GraphQLOptions>());
            var source = await query(context, services.GetRequiredService<HubDbContext>(), context.CancellationToken);
            return await PageAsync(context, list, source, page);
        });
    }

    /// <summary>The field with the paging arguments, <c>where:</c> and <c>order:</c>.</summary>
    internal static FieldBuilder<TSource, object> ConnectionField<TSource, TNodeType>(this ObjectGraphType<TSource> owner, string name, string description,
        ListQuery list, ISortDescription order)
        where TNodeType : IGraphType, INodeType =>
        owner.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "Page forward: how many objects after `after`.")
            .Argument<StringGraphType>("after", "Cursor to page forward from.")
            .Argument<IntGraphType>("last", "Page backward: how many objects before `before`.")
            .Argument<StringGraphType>("before", "Cursor to page backward from.")
            .Argument(list.FilterType, "where", argument => argument.Description = "Only the objects matching these conditions.")
            .Argument(list.OrderType, "order", argument => argument.Description = $"Sort keys, applied in turn; without it the list is ordered by {order.Description}.");

    internal static async Task<Connection<object>> PageAsync<T>(IResolveFieldContext context, ListQuery<T> list, IQueryable<T> source, PageRequest page) where T : Entity
    {
        var db = context.RequestServices!.GetRequiredService<HubDbContext>();
        var (rows, order, parents) = list.Apply(source, context, db);
        await MatchedPersons.AuditAsync(context, rows);
        return await Paginator.PageAsync(rows, order, page, context.Selects("totalCount"), Projection.Selector<T>(context), parents, context.CancellationToken);
    }
}

/// <summary>The graph types of a list's <c>where:</c>/<c>order:</c>, whatever it lists.</summary>
internal abstract class ListQuery(Type filterType, Type orderType)
{
    public Type FilterType { get; } = filterType;
    public Type OrderType { get; } = orderType;
}

/// <summary>Applies <c>where:</c> and <c>order:</c> of one request to the list's query.</summary>
internal sealed class ListQuery<T>(ListArguments<T> arguments, SortOrder<T> defaultOrder) : ListQuery(arguments.FilterType, arguments.OrderType) where T : Entity
{
    /// <summary>The rows asked for, their order, and the parents a page of them may be read by (<see cref="PagePartition{T}"/>), if any.</summary>
    public (IQueryable<T> Source, SortOrder<T> Order, PartitionedBy<T>? Parents) Apply(IQueryable<T> source, IResolveFieldContext context, HubDbContext db)
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        if (where is not null)
        {
            ExplicitFilter.Check(where);
            var row = Expression.Parameter(typeof(T), "row");
            source = source.Where(Expression.Lambda<Func<T, bool>>(arguments.Filter.Condition(row, where, db), row));
        }
        var order = context.GetArgument<List<object?>?>("order") is { Count: > 0 } keys
            ? SortOrder<T>.ByKeys(arguments.Sort.Keys(keys.Cast<IDictionary<string, object?>>()))
            : defaultOrder;
        return (source, order, arguments.Partition?.Of(where, db));
    }
}
