using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL.Paging;

/// <summary>
/// The <c>where:</c> and <c>order:</c> inputs of every list of <typeparamref name="T"/>: their
/// graph types for the schema and their shared instances that build the query, bound by the node
/// type's generic arguments (<see cref="Relay.EntityGraphType{T, TFilter, TSort}"/>).
/// </summary>
public sealed class ListArguments<T>
{
    private ListArguments(Type filterType, Type orderType, IFilter filter, ISort sort, PagePartition<T>? partition) =>
        (FilterType, OrderType, Filter, Sort, Partition) = (filterType, orderType, filter, sort, partition);

    /// <summary>The graph type of <c>where:</c>.</summary>
    public Type FilterType { get; }

    /// <summary>The graph type of <c>order:</c>, a list of sort items.</summary>
    public Type OrderType { get; }

    public IFilter Filter { get; }
    public ISort Sort { get; }

    /// <summary>The parents a page may be read by, when the filter declares them.</summary>
    public PagePartition<T>? Partition { get; }

    public static ListArguments<T> Of<TFilter, TSort>()
        where TFilter : FilterInputType<TFilter, T>, new()
        where TSort : SortInputType<TSort, T>, new() =>
        new(typeof(TFilter), typeof(ListGraphType<NonNullGraphType<TSort>>), FilterInputType<TFilter, T>.Builder, SortInputType<TSort, T>.Builder,
            FilterInputType<TFilter, T>.Builder.Partition);
}
