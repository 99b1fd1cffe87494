using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>Builds the predicate of one filter input over rows of some type.</summary>
public interface IFilter
{
    Expression Condition(Expression row, IDictionary<string, object?> where, HubDbContext db);
}

/// <summary>
/// The <c>where:</c> input of a list of <typeparamref name="T"/>: its declared fields with their
/// operators, combined with <c>and</c>, <c>or</c>, <c>not</c>, compiled into an expression tree
/// that EF Core translates to SQL. Only declared fields over mapped columns and relations can be
/// filtered, so a filter is either refused by validation or runs in the database, never in memory.
/// </summary>
public abstract class FilterInputType<TSelf, T> : InputObjectGraphType<object>, IFilter, IStandsFor
    where TSelf : FilterInputType<TSelf, T>, new()
{
    private static TSelf? instance;
    private readonly Dictionary<string, Func<Expression, object?, HubDbContext, Expression>> conditions = [];

    /// <summary>Named after <typeparamref name="T"/>: <c>PersonFilter</c> for <c>Person</c>.</summary>
    protected FilterInputType(string description)
    {
        var subject = typeof(T).Name;
        Name = $"{subject}Filter";
        Description = $"{description} Fields given together must all hold. A null or an empty condition is refused (INVALID_FILTER), never ignored.";
        // Connectives reveal nothing of their own: the conditions inside them are checked one by one.
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("Every condition of the list holds.").Sensitive(Sensitivity.Public);
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one condition of the list holds.").Sensitive(Sensitivity.Public);
        Field<TSelf>("not").Description("The condition does not hold.").Sensitive(Sensitivity.Public);
        if (typeof(Entity).IsAssignableFrom(typeof(T)))
            Id(subject);
    }

    /// <summary>The shared instance that builds predicates (graph types are stateless after construction).</summary>
    public static TSelf Builder => instance ??= new TSelf();

    /// <summary>The object type the conditions stand for: the entity's own name.</summary>
    public string Subject => typeof(T).Name;

    /// <summary>A condition with no field of the same name on the subject: the clearance of what it reveals, declared next to it.</summary>
    protected void Clearance(string name, Sensitivity sensitivity) => GetField(name)!.Metadata[FieldAccess.SensitivityKey] = sensitivity;

    /// <summary>The parents a page of the rows may be read by (<see cref="PagePartition{T}"/>), when the input declares them.</summary>
    public PagePartition<T>? Partition { get; protected init; }

    /// <summary>The condition as a predicate over <typeparamref name="T"/>.</summary>
    public Expression<Func<T, bool>> Predicate(IDictionary<string, object?> where, HubDbContext db)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Condition(row, where, db), row);
    }

    public Expression Condition(Expression row, IDictionary<string, object?> where, HubDbContext db) =>
        where.Where(entry => entry.Value is not null).Select(entry => entry.Key switch
        {
            "and" => Items(entry.Value).Select(item => Condition(row, item, db)).Aggregate(True, Expression.AndAlso),
            "or" => Items(entry.Value).Select(item => Condition(row, item, db)).DefaultIfEmpty(False).Aggregate(Expression.OrElse),
            "not" => Expression.Not(Condition(row, (IDictionary<string, object?>)entry.Value!, db)),
            var field => conditions[field](row, entry.Value, db),
        }).Aggregate(True, Expression.AndAlso);

    protected void Text(string name, Expression<Func<T, string?>> field, string description)
    {
        Field<TextFilterInputType>(name).Description(description);
        conditions[name] = (row, value, _) => Operators.Text(Bind(field, row), Operations(value));
    }

    /// <summary>
    /// A name: <c>contains</c>, <c>startsWith</c> and <c>endsWith</c> match its search key, ignoring
    /// case, accents and apostrophes (<see cref="NameFilterInputType"/>); the other operators compare the name as stored.
    /// </summary>
    protected void NameText(string name, Expression<Func<T, string?>> field, string description)
    {
        Field<NameFilterInputType>(name).Description(description);
        var key = SearchKeyColumn.Of(field);
        conditions[name] = (row, value, _) => Operators.Name(Bind(field, row), Bind(key, row), Operations(value));
    }

    protected void Comparable<TScalar, TValue>(string name, Expression<Func<T, TValue>> field, string description) where TScalar : ScalarGraphType
    {
        Field<ComparableFilterInputType<TScalar>>(name).Description(description);
        conditions[name] = (row, value, _) => Operators.Comparable(Bind(field, row), Operations(value));
    }

    protected void Enum<TEnumType, TEnum>(string name, Expression<Func<T, TEnum>> field, string description) where TEnumType : EnumerationGraphType
    {
        Field<EnumFilterInputType<TEnumType>>(name).Description(description);
        conditions[name] = (row, value, _) => Operators.Comparable(Bind(field, row), Operations(value));
    }

    protected void Boolean(string name, Expression<Func<T, bool>> field, string description)
    {
        Field<BooleanFilterInputType>(name).Description(description);
        conditions[name] = (row, value, _) => Operators.Comparable(Bind(field, row), Operations(value));
    }

    /// <summary>A value held inside the row (an owned address): the nested filter applies to it; absent values never match.</summary>
    protected void Nested<TFilter, TPart>(string name, Expression<Func<T, TPart?>> part, string description)
        where TFilter : FilterInputType<TFilter, TPart>, new()
        where TPart : class
    {
        Field<TFilter>(name).Description(description);
        conditions[name] = (row, value, db) =>
        {
            var bound = Bind(part, row);
            return Expression.AndAlso(Expression.NotEqual(bound, Expression.Constant(null, bound.Type)),
                FilterInputType<TFilter, TPart>.Builder.Condition(bound, Operations(value), db));
        };
    }

    /// <summary>A related object: the condition holds when a related row matches the nested filter (EXISTS).</summary>
    protected void Object<TFilter, TOther>(string name, Expression<Func<T, HubDbContext, IQueryable<TOther>>> related, string description)
        where TFilter : FilterInputType<TFilter, TOther>, new()
    {
        Field<TFilter>(name).Description(description);
        conditions[name] = (row, value, db) => Related.Any<TOther>(Bind(related, row, db), FilterInputType<TFilter, TOther>.Builder, Operations(value), db);
    }

    /// <summary>A related list: <c>some</c>, <c>all</c> or <c>none</c> of its rows match.</summary>
    protected void List<TFilter, TOther>(string name, Expression<Func<T, HubDbContext, IQueryable<TOther>>> related, string description)
        where TFilter : FilterInputType<TFilter, TOther>, new()
    {
        Field<ListFilterInputType<TFilter>>(name).Description(description);
        conditions[name] = (row, value, db) => Related.Quantified<TOther>(Bind(related, row, db), FilterInputType<TFilter, TOther>.Builder, Operations(value), db);
    }

    // Global ids name their type: an id of another type is a client mistake worth saying, not an empty list.
    private void Id(string subject)
    {
        Field<IdFilterInputType>("id").Description($"By global id of the {subject}.").Sensitive(Sensitivity.Public);
        conditions["id"] = (row, value, _) =>
        {
            var operations = Operations(value).Where(o => o.Value is not null).ToDictionary(o => o.Key, o => o.Key is "in" or "nin"
                ? ((IEnumerable<object?>)o.Value!).Select(id => (object?)GlobalId.Decode(id as string, subject)).ToList()
                : (object?)GlobalId.Decode(o.Value as string, subject));
            return Operators.Comparable(Expression.Property(row, nameof(Entity.Id)), operations);
        };
    }

    private static readonly Expression True = Expression.Constant(true);
    private static readonly Expression False = Expression.Constant(false);

    private static IDictionary<string, object?> Operations(object? value) => (IDictionary<string, object?>)value!;

    private static IEnumerable<IDictionary<string, object?>> Items(object? value) => ((IEnumerable<object?>)value!).Cast<IDictionary<string, object?>>();

    private static Expression Bind(LambdaExpression field, Expression row) => ParameterSwap.Replace(field.Body, field.Parameters[0], row);

    private static Expression Bind(LambdaExpression related, Expression row, HubDbContext db) =>
        ParameterSwap.Replace(ParameterSwap.Replace(related.Body, related.Parameters[0], row), related.Parameters[1], Expression.Constant(db));
}
