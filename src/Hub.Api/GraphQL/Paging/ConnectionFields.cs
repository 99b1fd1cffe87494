using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Audit;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL.Paging;

/// <summary>Declares a paged list field backed by a database query, with the node type's filter and sort inputs.</summary>
public static class ConnectionFields
{
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, T>(this ObjectGraphType<TSource> owner, string name, string description,
        Func<IResolveFieldContext<TSource>, HubDbContext, IQueryable<T>> query, SortOrder<T> order)
        where TNodeType : IGraphType
        where T : Entity =>
        owner.Connection<TSource, TNodeType, T>(name, description, (context, db, _) => Task.FromResult(query(context, db)), order);

    /// <summary>A list whose query needs a read of its own first (e.g. a key looked up outside the caller's scope).</summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, T>(this ObjectGraphType<TSource> owner, string name, string description,
        Func<IResolveFieldContext<TSource>, HubDbContext, CancellationToken, Task<IQueryable<T>>> query, SortOrder<T> order)
        where TNodeType : IGraphType
        where T : Entity
    {
        var list = ListArguments<TNodeType, T>(order);
        return owner.ConnectionField<TSource, TNodeType>(name, description, list, order).ResolveAsync(async context =>
        {
            var services = context.RequestServices!;
            var page = PageRequest.From(context, services.GetRequiredService<GraphQLOptions>());
            var source = await query(context, services.GetRequiredService<HubDbContext>(), context.CancellationToken);
            return await PageAsync(context, list, source, page);
        });
    }

    /// <summary>The field with the paging arguments and, when the node type declares them, <c>where:</c> and <c>order:</c>.</summary>
    internal static FieldBuilder<TSource, object> ConnectionField<TSource, TNodeType>(this ObjectGraphType<TSource> owner, string name, string description,
        ListQuery list, ISortDescription order)
        where TNodeType : IGraphType
    {
        var field = owner.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "Page forward: how many objects after `after`.")
            .Argument<StringGraphType>("after", "Cursor to page forward from.")
            .Argument<IntGraphType>("last", "Page backward: how many objects before `before`.")
            .Argument<StringGraphType>("before", "Cursor to page backward from.");
        if (list.Arguments is { } arguments)
        {
            field.Argument(arguments.Filter, "where", argument => argument.Description = "Only the objects matching these conditions.");
            field.Argument(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(arguments.Sort)), "order",
                argument => argument.Description = $"Sort keys, applied in turn; without it the list is ordered by {order.Description}.");
        }
        return field;
    }

    internal static ListQuery<T> ListArguments<TNodeType, T>(SortOrder<T> order) where T : Entity
    {
        var arguments = typeof(TNodeType).GetCustomAttribute<ListArgumentsAttribute>();
        return new ListQuery<T>(arguments, Builder<IFilter>(arguments?.Filter), Builder<ISort>(arguments?.Sort), order);
    }

    internal static async Task<Connection<object>> PageAsync<T>(IResolveFieldContext context, ListQuery<T> list, IQueryable<T> source, PageRequest page) where T : Entity
    {
        var db = context.RequestServices!.GetRequiredService<HubDbContext>();
        var (rows, order) = list.Apply(source, context, db);
        await MatchedPersons.AuditAsync(context, rows);
        return await Paginator.PageAsync(rows, order, page, context.Selects("totalCount"), Projection.Selector<T>(context), context.CancellationToken);
    }

    private static TBuilder? Builder<TBuilder>(Type? graphType) where TBuilder : class =>
        graphType?.GetProperty("Builder", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null) as TBuilder;

}

/// <summary>The <c>where:</c>/<c>order:</c> inputs a list declares.</summary>
internal abstract class ListQuery(ListArgumentsAttribute? arguments)
{
    public ListArgumentsAttribute? Arguments { get; } = arguments;
}

/// <summary>Applies <c>where:</c> and <c>order:</c> of one request to the list's query.</summary>
internal sealed class ListQuery<T>(ListArgumentsAttribute? arguments, IFilter? filter, ISort? sort, SortOrder<T> defaultOrder) : ListQuery(arguments) where T : Entity
{
    public (IQueryable<T> Source, SortOrder<T> Order) Apply(IQueryable<T> source, IResolveFieldContext context, HubDbContext db)
    {
        if (filter is not null && context.GetArgument<Dictionary<string, object?>?>("where") is { } where)
        {
            var row = Expression.Parameter(typeof(T), "row");
            source = source.Where(Expression.Lambda<Func<T, bool>>(filter.Condition(row, where, db), row));
        }
        var order = sort is not null && context.GetArgument<List<object?>?>("order") is { Count: > 0 } keys
            ? SortOrder<T>.ByKeys(sort.Keys(keys.Cast<IDictionary<string, object?>>()))
            : defaultOrder;
        return (source, order);
    }
}
