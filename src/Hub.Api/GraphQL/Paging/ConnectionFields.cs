using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
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
        where TNodeType : IGraphType
        where T : Entity
    {
        var arguments = typeof(TNodeType).GetCustomAttribute<ListArgumentsAttribute>();
        var field = owner.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "Page forward: how many objects after `after`.")
            .Argument<StringGraphType>("after", "Cursor to page forward from.")
            .Argument<IntGraphType>("last", "Page backward: how many objects before `before`.")
            .Argument<StringGraphType>("before", "Cursor to page backward from.");
        if (arguments is not null)
        {
            field.Argument(arguments.Filter, "where", argument => argument.Description = "Only the objects matching these conditions.");
            field.Argument(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(arguments.Sort)), "order",
                argument => argument.Description = $"Sort keys, applied in turn; without it the list is ordered by {Describe(order)}.");
        }
        var list = new ListQuery<T>(Builder<IFilter>(arguments?.Filter), Builder<ISort>(arguments?.Sort), order);
        return field.ResolveAsync(async context =>
        {
            var services = context.RequestServices!;
            var db = services.GetRequiredService<HubDbContext>();
            var page = PageRequest.From(context, services.GetRequiredService<GraphQLOptions>());
            var (source, chosenOrder) = list.Apply(query(context, db), context, db);
            return await Paginator.PageAsync(source, chosenOrder, page, context.SubFields?.ContainsKey("totalCount") == true, context.CancellationToken);
        });
    }

    private static string Describe<T>(SortOrder<T> order) where T : Entity =>
        string.Join(", ", order.Keys.Select(key => key.Descending ? $"{key.Name} descending" : key.Name));

    private static TBuilder? Builder<TBuilder>(Type? graphType) where TBuilder : class =>
        graphType?.GetProperty("Builder", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null) as TBuilder;

    /// <summary>Applies <c>where:</c> and <c>order:</c> of one request to the list's query.</summary>
    private sealed class ListQuery<T>(IFilter? filter, ISort? sort, SortOrder<T> defaultOrder) where T : Entity
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
}
