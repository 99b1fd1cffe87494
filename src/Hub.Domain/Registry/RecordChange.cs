namespace Hub.Domain.Registry;

/// <summary>
/// One field of a master-data record changed by one saved change: who, when, at which version, from
/// what to what (DESIGN §3, issue 15 "history"). Written by the context with the change it describes
/// (<see cref="ChangeLog"/>); append-only. Values are text in the schema's spelling (enum values as
/// <c>ACCREDITED</c>, dates as ISO 8601, lists as JSON); null is "no value".
/// </summary>
public sealed class RecordChange
{
    public const int FieldLength = 100;

    private RecordChange() { }

    internal RecordChange(string entityType, Guid entityId, long version, DateTimeOffset changedAt, string changedBy, string field, string? from, string? to)
    {
        EntityType = entityType;
        EntityId = entityId;
        Version = version;
        ChangedAt = changedAt;
        ChangedBy = changedBy;
        Field = field;
        From = from;
        To = to;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    /// <summary>The record's type name (<c>Structure</c>, <c>StructureModule</c>…), its node type in the schema.</summary>
    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    /// <summary>The record's version the change produced (1 for its creation).</summary>
    public long Version { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The subject who made the change (the token's <c>sub</c>, or the system's actor).</summary>
    public string ChangedBy { get; private set; } = "";

    /// <summary>The field as the schema names it; a part of a value is dotted (<c>address.street</c>, <c>contacts.phone</c>).</summary>
    public string Field { get; private set; } = "";

    public string? From { get; private set; }
    public string? To { get; private set; }
}
