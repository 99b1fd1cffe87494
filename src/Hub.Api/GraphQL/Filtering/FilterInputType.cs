using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>Builds the predicate of one filter input over rows of some entity type.</summary>
public interface IFilter
{
    Expression Condition(Expression row, IDictionary<string, object?> where, HubDbContext db);
}

/// <summary>
/// The <c>where:</c> input of a list of <typeparamref name="T"/>: its declared fields with their
/// operators, combined with <c>and</c>, <c>or</c>, <c>not</c>, compiled into an expression tree
/// that EF Core translates to SQL. Only declared, mapped fields can be filtered, so nothing is
/// ever evaluated in memory.
/// </summary>
public abstract class FilterInputType<TSelf, T> : InputObjectGraphType<object>, IFilter
    where TSelf : FilterInputType<TSelf, T>, new()
{
    private static TSelf? instance;
    private readonly Dictionary<string, Func<Expression, object?, HubDbContext, Expression>> conditions = [];

    protected FilterInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("Every condition holds.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one condition holds.");
        Field<TSelf>("not").Description("The condition does not hold.");
    }

    /// <summary>The shared instance that builds predicates (graph types are stateless after construction).</summary>
    public static TSelf Builder => instance ??= new TSelf();

    public Expression<Func<T, bool>> Predicate(IDictionary<string, object?> where, HubDbContext db)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Condition(row, where, db), row);
    }

    public Expression Condition(Expression row, IDictionary<string, object?> where, HubDbContext db) =>
        where.Where(entry => entry.Value is not null).Select(entry => entry.Key switch
        {
            "and" => Items(entry.Value).Select(item => Condition(row, item, db)).Aggregate(True, Expression.AndAlso),
            "or" => Items(entry.Value).Select(item => Condition(row, item, db)).DefaultIfEmpty(True).Aggregate(Expression.OrElse),
            "not" => Expression.Not(Condition(row, (IDictionary<string, object?>)entry.Value!, db)),
            var field => conditions[field](row, entry.Value, db),
        }).Aggregate(True, Expression.AndAlso);

    protected void Text(string name, Expression<Func<T, string?>> field, string description)
    {
        Field<TextFilterInputType>(name).Description(description);
        conditions[name] = (row, value, _) => Operators.Text(Bind(field, row), (IDictionary<string, object?>)value!);
    }

    protected void Comparable<TScalar, TValue>(string name, Expression<Func<T, TValue>> field, string description) where TScalar : ScalarGraphType
    {
        Field<ComparableFilterInputType<TScalar>>(name).Description(description);
        conditions[name] = (row, value, _) => Operators.Comparable(Bind(field, row), (IDictionary<string, object?>)value!);
    }

    protected void Enum<TEnumType, TEnum>(string name, Expression<Func<T, TEnum>> field, string description) where TEnumType : EnumerationGraphType
    {
        Field<EnumFilterInputType<TEnumType>>(name).Description(description);
        conditions[name] = (row, value, _) => Operators.Comparable(Bind(field, row), (IDictionary<string, object?>)value!);
    }

    protected void Boolean(string name, Expression<Func<T, bool>> field, string description)
    {
        Field<BooleanFilterInputType>(name).Description(description);
        conditions[name] = (row, value, _) => Operators.Comparable(Bind(field, row), (IDictionary<string, object?>)value!);
    }

    /// <summary>A reference to another node, compared by global id (of type <paramref name="typeName"/>).</summary>
    protected void Id<TKey>(string name, string typeName, Expression<Func<T, TKey>> field, string description)
    {
        Field<IdFilterInputType>(name).Description(description);
        conditions[name] = (row, value, _) => Operators.Comparable(Bind(field, row), GlobalIds.Keys(typeName, (IDictionary<string, object?>)value!));
    }

    /// <summary>A related object: the condition holds when a related row matches the nested filter.</summary>
    protected void Object<TFilter, TOther>(string name, Expression<Func<T, HubDbContext, IQueryable<TOther>>> related, string description)
        where TFilter : FilterInputType<TFilter, TOther>, new()
    {
        Field<TFilter>(name).Description(description);
        conditions[name] = (row, value, db) => Related.Any<TOther>(Bind(related, row, db), FilterInputType<TFilter, TOther>.Builder, (IDictionary<string, object?>)value!, db);
    }

    /// <summary>A related list: <c>some</c>, <c>all</c> or <c>none</c> of its rows match.</summary>
    protected void List<TFilter, TOther>(string name, Expression<Func<T, HubDbContext, IQueryable<TOther>>> related, string description)
        where TFilter : FilterInputType<TFilter, TOther>, new()
    {
        Field<ListFilterInputType<TFilter>>(name).Description(description);
        conditions[name] = (row, value, db) => Related.Quantified<TOther>(Bind(related, row, db), FilterInputType<TFilter, TOther>.Builder, (IDictionary<string, object?>)value!, db);
    }

    private static readonly Expression True = Expression.Constant(true);

    private static IEnumerable<IDictionary<string, object?>> Items(object? value) => ((IEnumerable<object?>)value!).Cast<IDictionary<string, object?>>();

    private static Expression Bind(LambdaExpression field, Expression row) => ParameterSwap.Replace(field.Body, field.Parameters[0], row);

    private static Expression Bind(LambdaExpression related, Expression row, HubDbContext db) =>
        ParameterSwap.Replace(ParameterSwap.Replace(related.Body, related.Parameters[0], row), related.Parameters[1], Expression.Constant(db));
}
