namespace Hub.Domain.Events;

/// <summary>
/// One domain event in the transactional outbox: written by <see cref="Persistence.HubDbContext"/> in the
/// transaction of the change it records, so an event exists exactly when its change committed. It holds no
/// personal data: readers load the entity through their own scope. Append-only; removed only by retention.
/// </summary>
public sealed class OutboxEvent
{
    private OutboxEvent() { }

    internal OutboxEvent(ChangeType type, string entityType, Guid entityId, long version, DateTimeOffset occurredAt, string actor)
    {
        Type = type;
        EntityType = entityType;
        EntityId = entityId;
        Version = version;
        OccurredAt = occurredAt;
        Actor = actor;
    }

    /// <summary>
    /// The event's place in the one global order: assigned by the database (an identity, never reused,
    /// gaps allowed), increasing in commit order because event writers are serialised
    /// (<see cref="Persistence.HubDbContext"/>). On PostgreSQL the value read back at insert is provisional:
    /// the position is drawn again at commit, and only that one is ever seen by another transaction.
    /// </summary>
    public long Position { get; private set; }

    public ChangeType Type { get; private set; }

    /// <summary>The changed entity's type name (<c>Placement</c>, <c>StructureModule</c>…): its node type in the schema.</summary>
    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    /// <summary>The entity's <see cref="Common.AuditableEntity.Version"/> after the change.</summary>
    public long Version { get; private set; }

    /// <summary>When the change was saved (UTC).</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The subject who made the change (the token's <c>sub</c>, or the system's actor).</summary>
    public string Actor { get; private set; } = "";
}
