using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.Paging;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL.Sorting;

/// <summary>Builds an ordering from the <c>order:</c> argument of a list.</summary>
public interface ISort
{
    IReadOnlyList<SortKey> Keys(IEnumerable<IDictionary<string, object?>> order);
}

/// <summary>
/// One key of the <c>order:</c> list of <typeparamref name="T"/>: each item names exactly one
/// declared field and a direction; the entity key is always appended so pages never overlap.
/// </summary>
public abstract class SortInputType<TSelf, T> : InputObjectGraphType<object>, ISort
    where TSelf : SortInputType<TSelf, T>, new()
    where T : Entity
{
    private static TSelf? instance;
    private readonly Dictionary<string, LambdaExpression> keys = [];

    protected SortInputType(string name, string description)
    {
        Name = name;
        Description = $"{description} Give one field per item; items apply in order.";
    }

    public static TSelf Builder => instance ??= new TSelf();

    public IReadOnlyList<SortKey> Keys(IEnumerable<IDictionary<string, object?>> order) => order.Select(item =>
    {
        var chosen = item.Where(i => i.Value is not null).ToList();
        if (chosen.Count != 1)
            throw new ExecutionError($"Each {Name} item names exactly one field; this one names {chosen.Count}.") { Code = "BAD_USER_INPUT" };
        var (field, direction) = (chosen[0].Key, (SortDirection)chosen[0].Value!);
        return new SortKey(field, keys[field], direction == SortDirection.Desc);
    }).ToList();

    protected void Key<TKey>(string name, Expression<Func<T, TKey>> field, string description)
    {
        Field<EnumerationGraphType<SortDirection>>(name).Description(description);
        keys[name] = field;
    }
}
