using System.Collections.Concurrent;
using System.Reflection;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
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
    // The statement and its columns, per model (one per caller kind, the same table in each): worked out from the model's
    // metadata once, not per request (profiled: 3 % of a hospital lookup's CPU went into column names and accessors; issue 18).
    private static readonly ConcurrentDictionary<IModel, Shape> Shapes = new();

    /// <summary>Appends <paramref name="events"/> through <paramref name="db"/>, in its current transaction if it has one.</summary>
    public static async Task AppendAsync(HubDbContext db, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        // The context's type names its database: EF Core's IsNpgsql() reads the provider's assembly name on every call.
        if (db is not PostgresHubDbContext)
        {
            db.AuditEvents.AddRange(events);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        var shape = Shapes.GetOrAdd(db.Model, Shape.Of);
        var parameters = shape.Columns.Select((column, i) => new NpgsqlParameter($"p{i}", column.Values(events))).ToArray();
        await db.Database.ExecuteSqlRawAsync(shape.Insert, parameters, cancellationToken);
    }

    /// <summary>The insert (names from the model and parameter placeholders only: no value is written into its text) and its columns in order.</summary>
    private sealed record Shape(string Insert, IReadOnlyList<Column> Columns)
    {
        public static Shape Of(IModel model)
        {
            var entity = model.FindEntityType(typeof(AuditEvent))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var properties = entity.GetProperties().ToList();
            var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
            var arrays = string.Join(", ", properties.Select((_, i) => $"@p{i}"));
            var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table);
            // Written again after a failure whose commit went through (the connection lost with its answer), an event is not doubled.
            return new($"INSERT INTO \"{table.Name}\" ({columns}) SELECT * FROM unnest({arrays}) ON CONFLICT (\"{key}\") DO NOTHING",
                [.. properties.Select(Column.Of)]);
        }
    }

    /// <summary>One column: how to read it from an event and turn it into what the database stores (enums as text, flags as numbers).</summary>
    private sealed record Column(PropertyInfo Property, ValueConverter? Converter, Type Element)
    {
        public static Column Of(IProperty property)
        {
            var converter = property.GetTypeMapping().Converter;
            var stored = converter?.ProviderClrType ?? property.ClrType;
            var element = stored.IsValueType && property.IsNullable && Nullable.GetUnderlyingType(stored) is null ? typeof(Nullable<>).MakeGenericType(stored) : stored;
            return new(property.PropertyInfo!, converter, element);
        }

        /// <summary>The column's values as a typed array, which Npgsql sends as one parameter.</summary>
        public Array Values(IReadOnlyList<AuditEvent> events)
        {
            var column = Array.CreateInstance(Element, events.Count);
            for (var i = 0; i < events.Count; i++)
            {
                var value = Property.GetValue(events[i]);
                column.SetValue(value is null || Converter is null ? value : Converter.ConvertToProvider(value), i);
            }
            return column;
        }
    }
}
