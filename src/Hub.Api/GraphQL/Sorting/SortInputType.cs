using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Paging;

namespace Hub.Api.GraphQL.Sorting;

/// <summary>Builds an ordering from the <c>order:</c> argument of a list.</summary>
public interface ISort
{
    IReadOnlyList<SortKey> Keys(IEnumerable<IDictionary<string, object?>> order);

    /// <summary>One item of <c>order:</c>: exactly one field, a direction or, for a related object, its own item; a name gives two keys.</summary>
    IReadOnlyList<SortKey> Key(IDictionary<string, object?> item);
}

/// <summary>
/// One item of the <c>order:</c> list of <typeparamref name="T"/>: it names exactly one declared
/// field and a direction, or a related object and one of its fields. The entity key is always
/// appended to the keys, so pages never overlap.
/// </summary>
public abstract class SortInputType<TSelf, T> : InputObjectGraphType<object>, ISort, IStandsFor
    where TSelf : SortInputType<TSelf, T>, new()
{
    private static TSelf? instance;
    private readonly Dictionary<string, Func<object, IReadOnlyList<SortKey>>> keys = [];

    /// <summary>Named after <typeparamref name="T"/>: <c>PersonSort</c> for <c>Person</c>.</summary>
    protected SortInputType(string description)
    {
        Name = $"{Subject}Sort";
        Description = $"{description} Give one field per item; items apply in turn.";
    }

    public static TSelf Builder => instance ??= new TSelf();

    /// <summary>The object type the keys stand for: the entity's own name.</summary>
    public string Subject => typeof(T).Name;

    public IReadOnlyList<SortKey> Keys(IEnumerable<IDictionary<string, object?>> order) => order.SelectMany(Key).ToList();

    public IReadOnlyList<SortKey> Key(IDictionary<string, object?> item)
    {
        var chosen = item.Where(i => i.Value is not null).ToList();
        if (chosen.Count != 1)
            throw HubErrors.BadInput($"Each {Name} item names exactly one field; this one names {chosen.Count}.");
        return keys[chosen[0].Key](chosen[0].Value!);
    }

    /// <summary>A column, or an expression over the row that the database computes. Nullable columns need a coalesce, so cursors compare.</summary>
    protected void Key<TKey>(string name, Expression<Func<T, TKey>> field, string description)
    {
        if (Nullable.GetUnderlyingType(typeof(TKey)) is not null)
            throw new InvalidOperationException($"Sort key {Name}.{name} is nullable: coalesce it to a value that sorts where absent values belong.");
        Field<EnumerationGraphType<SortDirection>>(name).Description(description);
        keys[name] = direction => [new SortKey(name, field, (SortDirection)direction == SortDirection.Desc)];
    }

    /// <summary>A name, in Italian alphabetical order on every provider (<see cref="NameOrder"/>).</summary>
    protected void NameText(string name, Expression<Func<T, string?>> field, string description)
    {
        Field<EnumerationGraphType<SortDirection>>(name).Description($"{description} {NameOrder.Rule}");
        keys[name] = direction => NameOrder.Keys(name, field, (SortDirection)direction == SortDirection.Desc);
    }

    /// <summary>A related object reached by a navigation that is never null: sort by one of its fields (a join in SQL).</summary>
    protected void Nested<TSort, TOther>(string name, Expression<Func<T, TOther>> navigation, string description)
        where TSort : SortInputType<TSort, TOther>, new()
    {
        Field<TSort>(name).Description(description);
        keys[name] = value =>
        {
            return SortInputType<TSort, TOther>.Builder.Key((IDictionary<string, object?>)value).Select(inner =>
            {
                var selector = Expression.Lambda(ParameterSwap.Replace(inner.Selector.Body, inner.Selector.Parameters[0], navigation.Body), navigation.Parameters[0]);
                return new SortKey($"{name}.{inner.Name}", selector, inner.Descending);
            }).ToList();
        };
    }
}
