using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL.Paging;

/// <summary>Declares a paged list field backed by a database query.</summary>
public static class ConnectionFields
{
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, T>(this ObjectGraphType<TSource> owner, string name, string description,
        Func<IResolveFieldContext<TSource>, HubDbContext, IQueryable<T>> query, SortOrder<T> order)
        where TNodeType : IGraphType
        where T : Entity
    {
        return owner.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "Page forward: how many objects after `after`.")
            .Argument<StringGraphType>("after", "Cursor to page forward from.")
            .Argument<IntGraphType>("last", "Page backward: how many objects before `before`.")
            .Argument<StringGraphType>("before", "Cursor to page backward from.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var page = PageRequest.From(context, services.GetRequiredService<GraphQLOptions>());
                var source = query(context, services.GetRequiredService<HubDbContext>());
                return await Paginator.PageAsync(source, order, page, context.SubFields?.ContainsKey("totalCount") == true, context.CancellationToken);
            });
    }
}
