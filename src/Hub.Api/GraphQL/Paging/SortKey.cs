using System.Linq.Expressions;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL.Paging;

/// <summary>One key of an ordering: an expression over the entity and a direction.</summary>
public sealed class SortKey(string name, LambdaExpression selector, bool descending)
{

    /// <summary>The key's name in the schema, part of the cursor so a cursor only works in its own order.</summary>
    public string Name { get; } = name;

    public LambdaExpression Selector { get; } = selector;
    public bool Descending { get; } = descending;
    public Type KeyType => Selector.ReturnType;
}

/// <summary>An ordering of <typeparamref name="T"/> that always ends with the key, so pages never overlap.</summary>
public sealed class SortOrder<T> : ISortDescription where T : Entity
{
    private static readonly SortKey ById = new("id", (Expression<Func<T, Guid>>)(e => e.Id), false);
    private static readonly SortKey ByIdDescending = new("id", (Expression<Func<T, Guid>>)(e => e.Id), true);

    private SortOrder(IReadOnlyList<SortKey> keys) => Keys = keys;

    public IReadOnlyList<SortKey> Keys { get; }

    public static SortOrder<T> By<TKey>(string name, Expression<Func<T, TKey>> key, bool descending = false) => new([new SortKey(name, key, descending), ById]);

    /// <summary>
    /// Newest first by <paramref name="key"/>, and rows of one key newest first too: ids are UUIDv7, growing with time (a record's
    /// documents or diary entries of one day, latest written on top).
    /// </summary>
    public static SortOrder<T> NewestFirst<TKey>(string name, Expression<Func<T, TKey>> key) => new([new SortKey(name, key, true), ByIdDescending]);

    public static SortOrder<T> ByKeys(IEnumerable<SortKey> keys) => new([.. keys, ById]);

    public SortOrder<T> ThenBy<TKey>(string name, Expression<Func<T, TKey>> key, bool descending = false) =>
        new([.. Keys.Take(Keys.Count - 1), new SortKey(name, key, descending), ById]);

    // A name contributes two keys under one name (NameOrder): said once.
    public string Description => string.Join(", ", Keys.Select(key => key.Descending ? $"{key.Name} descending" : key.Name).Distinct());

    /// <summary>Names and directions of the keys, e.g. <c>name:asc,id:asc</c>.</summary>
    public string Signature => string.Join(',', Keys.Select(k => $"{k.Name}:{(k.Descending ? "desc" : "asc")}"));
}

/// <summary>An ordering as the schema describes it, whatever it orders.</summary>
public interface ISortDescription
{
    /// <summary>The keys in words, e.g. <c>lastName, firstName, id</c>.</summary>
    string Description { get; }
}
