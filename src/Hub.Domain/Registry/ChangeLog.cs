using System.Globalization;
using System.Text.Json;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hub.Domain.Registry;

/// <summary>
/// Turns the change tracker's view of a save into <see cref="RecordChange"/> rows, for every master-data
/// record (<see cref="MasterRecord"/>) the save adds or changes, whatever method changed it: one generic
/// mechanism rather than one history per type. Parts stored with the record (an owned address, contacts,
/// a tariff) are logged as dotted fields of it; a list of references kept in a join table (a staff member's
/// zones) as one field whose value is the sorted list of ids. An intervention's changes after it was written
/// (the comune's share) are kept the same way, so its payers can read who set a share and when.
/// </summary>
internal static class ChangeLog
{
    // Stamps say when and by whom, which every row already tells; the key never changes.
    private static readonly HashSet<string> Unlogged =
        [nameof(Entity.Id), nameof(AuditableEntity.Version), nameof(AuditableEntity.CreatedAt), nameof(AuditableEntity.CreatedBy),
         nameof(AuditableEntity.UpdatedAt), nameof(AuditableEntity.UpdatedBy)];

    /// <summary>The rows of <paramref name="entries"/> (the save's added and modified entries), stamped after the records' versions moved.</summary>
    public static IEnumerable<RecordChange> Of(IEnumerable<EntityEntry> entries, DateTimeOffset now, string actor)
    {
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var (record, prefix) = RecordOf(entry);
            if (record is null)
                continue;
            var added = entry.State == EntityState.Added;
            var values = entry.Properties.Select(p => (Field: p.Metadata.Name, Property: p))
                .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (Field: $"{c.Metadata.Name}.{p.Metadata.Name}", Property: p))));
            foreach (var (field, property) in values)
            {
                // Shadow columns are the model's own (search keys, an owned part's key), not the record's fields.
                if (Unlogged.Contains(field) || property.Metadata.IsShadowProperty())
                    continue;
                // Equal values may read differently (58.50 from the database, 58.5 from the input): compared as values first.
                if (!added && Equals(property.OriginalValue, property.CurrentValue))
                    continue;
                var to = Text(property.CurrentValue);
                var from = added ? null : Text(property.OriginalValue);
                if (from != to)
                    yield return new RecordChange(record.GetType().Name, record.Id, record.Version, now, actor, prefix + Camel(field), from, to);
            }
        }
    }

    /// <summary>
    /// The rows of the lists of references that the save changes (join rows among <paramref name="entries"/> added or
    /// removed), one per record and list, from the ids before to the ids after; stamped after the records' versions moved.
    /// </summary>
    public static IEnumerable<RecordChange> OfLists(IReadOnlyCollection<EntityEntry> entries, DateTimeOffset now, string actor)
    {
        var changed = entries.Where(e => e.Metadata.IsPropertyBag && e.State is EntityState.Added or EntityState.Deleted).ToList();
        // Most saves change no list: the tracker is walked again (detecting changes) only when one does.
        if (changed.Count == 0)
            yield break;
        var tracker = changed[0].Context.ChangeTracker;
        var joinRows = tracker.Entries().Where(e => e.Metadata.IsPropertyBag).ToLookup(e => e.Metadata);
        var owners = changed.SelectMany(ListOwners).ToHashSet();
        foreach (var entry in tracker.Entries<MasterRecord>().Where(e => owners.Contains((e.Metadata.ClrType, e.Entity.Id))))
            foreach (var list in entry.Metadata.GetSkipNavigations())
            {
                var rows = joinRows[list.JoinEntityType].Where(r => Equals(r.Property(list.ForeignKey.Properties[0].Name).CurrentValue, entry.Entity.Id)).ToList();
                if (!rows.Any(r => r.State is EntityState.Added or EntityState.Deleted))
                    continue;
                var target = list.JoinEntityType.GetForeignKeys().Single(fk => fk != list.ForeignKey).Properties[0].Name;
                string? Ids(EntityState left) => Text(rows.Where(r => r.State != left).Select(r => (Guid)r.Property(target).CurrentValue!).Order().ToList());
                var from = entry.State == EntityState.Added ? null : Ids(EntityState.Added);
                var to = Ids(EntityState.Deleted);
                if (from != to)
                    yield return new RecordChange(entry.Entity.GetType().Name, entry.Entity.Id, entry.Entity.Version, now, actor, Camel(list.Name), from, to);
            }
    }

    /// <summary>The records whose list of references a join row (<paramref name="joinRow"/>) belongs to: their version moves with it.</summary>
    public static IEnumerable<(Type Type, Guid Id)> ListOwners(EntityEntry joinRow) =>
        joinRow.Metadata.GetForeignKeys()
            .Where(fk => fk.PrincipalEntityType.GetSkipNavigations().Any(list => list.ForeignKey == fk) && typeof(MasterRecord).IsAssignableFrom(fk.PrincipalEntityType.ClrType))
            .Select(fk => (fk.PrincipalEntityType.ClrType, joinRow.Property(fk.Properties[0].Name).CurrentValue))
            .Where(owner => owner.CurrentValue is Guid)
            .Select(owner => (owner.ClrType, (Guid)owner.CurrentValue!));

    // The record an entry belongs to: the record itself, or the owner of a part stored with it (its address).
    private static (AuditableEntity? Record, string? Prefix) RecordOf(EntityEntry entry)
    {
        if (entry.Entity is MasterRecord record)
            return (record, "");
        if (entry.Entity is Intervention intervention)
            return entry.State == EntityState.Modified ? (intervention, "") : (null, null);
        // Only a master record's parts are logged. Why the type is asked first: finding the owner walks the whole tracker
        // (detecting changes), which for each person's address of a 5,000-person seeding batch made the save quadratic.
        if (entry.Metadata.FindOwnership() is { } ownership && ownership.PrincipalToDependent is { } navigation
            && typeof(MasterRecord).IsAssignableFrom(ownership.PrincipalEntityType.ClrType))
        {
            var owner = entry.Context.ChangeTracker.Entries<AuditableEntity>().Where(e => e.Entity is MasterRecord)
                .FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType && e.Navigation(navigation.Name).CurrentValue == entry.Entity);
            return owner is null ? (null, null) : (owner.Entity, Camel(navigation.Name) + ".");
        }
        return (null, null);
    }

    private static string Camel(string name) => string.Join('.', name.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    /// <summary>A value in the schema's spelling: enum values in constant case, ISO dates, invariant numbers, lists as JSON.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        Enum e => string.Concat(e.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{c}" : char.ToUpperInvariant(c).ToString())),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        decimal amount => amount.ToString("0.############", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => JsonSerializer.Serialize(list),
        _ => value.ToString(),
    };
}
