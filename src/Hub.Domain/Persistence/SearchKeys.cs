using System.Linq.Expressions;
using Hub.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Domain.Persistence;

/// <summary>
/// Search keys: for a name column <c>LastName</c>, a shadow column <c>LastNameKey</c> holding
/// <see cref="SearchKey.Fold(string?)"/> of it, indexed, that filters match and orderings sort by.
/// The context refreshes the keys of every added or changed row when it saves (so no setter can
/// forget one), and <see cref="FillMissingAsync"/> fills them on rows written before the key existed.
/// </summary>
public static class SearchKeys
{
    private const string SourceAnnotation = "Hub:SearchKeyOf";

    /// <summary>The key column's name for <paramref name="column"/>: the filters and orderings of the API name it so.</summary>
    public static string KeyOf(string column) => column + "Key";

    /// <summary>Gives <paramref name="column"/> (at most <paramref name="maxLength"/> characters) an indexed search key.</summary>
    internal static void HasSearchKey<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> column, int maxLength) where T : class
    {
        var source = ((MemberExpression)column.Body).Member.Name;
        builder.Property<string?>(KeyOf(source)).HasMaxLength(maxLength).HasAnnotation(SourceAnnotation, source);
        builder.HasIndex(KeyOf(source));
    }

    /// <summary>
    /// Compares keys by code point, as SQLite's default BINARY collation does, so that every provider
    /// orders and ranges over them alike (a linguistic collation would skip spaces and hyphens) and a
    /// prefix is an index range.
    /// </summary>
    internal static void UseBinaryCollation(ModelBuilder modelBuilder, string collation)
    {
        foreach (var type in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var key in type.GetProperties().Where(p => p.FindAnnotation(SourceAnnotation) is not null))
                key.SetCollation(collation);
        }
    }

    /// <summary>The key columns of the model, with the column each folds.</summary>
    internal static IEnumerable<(IProperty Key, string Source)> Of(IReadOnlyTypeBase type) =>
        ((IEntityType)type).GetProperties().Where(p => p.FindAnnotation(SourceAnnotation) is not null)
            .Select(p => (p, (string)p.FindAnnotation(SourceAnnotation)!.Value!));

    /// <summary>Sets each key of a row being written from its column.</summary>
    internal static void Refresh(EntityEntry entry)
    {
        foreach (var (key, source) in Of(entry.Metadata))
            entry.Property(key.Name).CurrentValue = SearchKey.Fold((string?)entry.Property(source).CurrentValue, key.GetMaxLength()!.Value);
    }

    /// <summary>
    /// Fills the keys that are missing where their column has a value: rows written before the
    /// key column was added by a migration. One UPDATE per distinct value (names repeat), so a
    /// territory of 300,000 persons takes a few thousand statements, once. Versions and
    /// timestamps are untouched: a key is derived data, not a change of the row.
    /// </summary>
    public static async Task<int> FillMissingAsync(HubDbContext db, CancellationToken ct = default)
    {
        var filled = 0;
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned()))
        {
            foreach (var (key, source) in Of(type))
            {
                var fill = typeof(SearchKeys).GetMethod(nameof(FillAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type.ClrType);
                filled += await (Task<int>)fill.Invoke(null, [db, key.Name, source, key.GetMaxLength()!.Value, ct])!;
            }
        }
        return filled;
    }

    private static async Task<int> FillAsync<T>(HubDbContext db, string key, string source, int maxLength, CancellationToken ct) where T : class
    {
        var rows = db.Set<T>().IgnoreQueryFilters().Where(e => EF.Property<string?>(e, key) == null && EF.Property<string?>(e, source) != null);
        var values = await rows.Select(e => EF.Property<string>(e, source)).Distinct().ToListAsync(ct);
        var filled = 0;
        foreach (var value in values)
        {
            var folded = SearchKey.Fold(value, maxLength);
            filled += await rows.Where(e => EF.Property<string>(e, source) == value)
                .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<string?>(e, key), folded), ct);
        }
        return filled;
    }
}
