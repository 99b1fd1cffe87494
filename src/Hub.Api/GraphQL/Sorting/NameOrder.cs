using System.Linq.Expressions;
using Hub.Api.GraphQL.Paging;

namespace Hub.Api.GraphQL.Sorting;

/// <summary>
/// Names sort by their search key (case, accents and apostrophes folded away, compared by code
/// point on every provider), then by the name as stored: Negri, NICOLÒ, Nicolò, Nicolosi — the
/// order of an Italian register, not the database's byte order of the raw text (which puts
/// every upper-case name first). Both keys go into cursors, so pages follow the same order.
/// </summary>
public static class NameOrder
{
    /// <summary>What the order means, for the schema.</summary>
    public const string Rule = "Alphabetical, ignoring case, accents and apostrophes; equal names then in code-point order of the text as stored.";

    public static IReadOnlyList<SortKey> Keys<T>(string name, Expression<Func<T, string?>> field, bool descending = false) =>
        [new SortKey(name, SearchKeyColumn.Of(field), descending), new SortKey(name, field, descending)];
}
