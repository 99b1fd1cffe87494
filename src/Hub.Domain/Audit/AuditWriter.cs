using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Hub.Domain.Audit;

/// <summary>
/// Appends a request's audit events in one statement (issue 18: a 100-row page wrote 100 inserts).
/// On PostgreSQL one <c>INSERT … SELECT * FROM unnest(…)</c> with one array parameter per column,
/// whose text, and so whose plan, is the same whatever the number of events; on the other databases
/// EF Core's batched insert (one round trip on SQL Server; SQLite is in-process).
/// </summary>
public static class AuditWriter
{
    /// <summary>Appends <paramref name="events"/> through <paramref name="db"/>, in its current transaction if it has one.</summary>
    public static async Task AppendAsync(HubDbContext db, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            db.AuditEvents.AddRange(events);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        var entity = db.Model.FindEntityType(typeof(AuditEvent))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToList();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        var parameters = properties.Select((p, i) => new NpgsqlParameter($"p{i}", ColumnOf(p, events))).ToArray();
        var arrays = string.Join(", ", parameters.Select(p => "@" + p.ParameterName));
        // Names from the model and parameter placeholders only: no value is written into the text.
        var insert = $"INSERT INTO \"{table.Name}\" ({columns}) SELECT * FROM unnest({arrays})";
        await db.Database.ExecuteSqlRawAsync(insert, parameters, cancellationToken);
    }

    /// <summary>One column's values as the database stores them (enums as text, flags as numbers): a typed array Npgsql sends as one parameter.</summary>
    private static Array ColumnOf(IProperty property, IReadOnlyList<AuditEvent> events)
    {
        var converter = property.GetTypeMapping().Converter;
        var stored = converter?.ProviderClrType ?? property.ClrType;
        var element = stored.IsValueType && property.IsNullable && Nullable.GetUnderlyingType(stored) is null ? typeof(Nullable<>).MakeGenericType(stored) : stored;
        var column = Array.CreateInstance(element, events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var value = property.PropertyInfo!.GetValue(events[i]);
            column.SetValue(value is null || converter is null ? value : converter.ConvertToProvider(value), i);
        }
        return column;
    }
}
