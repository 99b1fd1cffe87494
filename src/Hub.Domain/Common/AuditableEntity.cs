using Hub.Domain.Events;

namespace Hub.Domain.Common;

/// <summary>
/// A mutable entity: optimistic-concurrency version plus who created and last changed it.
/// The stamps are set by <see cref="Persistence.HubDbContext"/> on save, never by callers.
/// </summary>
public abstract class AuditableEntity : Entity
{
    /// <summary>Incremented on every saved change; the concurrency token clients send back.</summary>
    public long Version { get; internal set; }

    public DateTimeOffset CreatedAt { get; internal set; }
    public string CreatedBy { get; internal set; } = "";
    public DateTimeOffset UpdatedAt { get; internal set; }
    public string UpdatedBy { get; internal set; } = "";

    // Not mapped: what this instance's methods did since it was loaded, turned into outbox rows on save.
    private readonly List<ChangeType> raised = [];

    /// <summary>
    /// What every saved change of this entity is, whichever method made it; null when only the
    /// methods' own <see cref="Raise"/> calls say (the default).
    /// </summary>
    protected internal virtual ChangeType? ChangedOnSave => null;

    /// <summary>Records that this change is one subscribers hear of; saved with the change, as one event per type.</summary>
    protected void Raise(ChangeType type)
    {
        if (!raised.Contains(type))
            raised.Add(type);
    }

    /// <summary>The events raised since the last save, handed over once.</summary>
    internal List<ChangeType> TakeRaised()
    {
        var taken = raised.ToList();
        raised.Clear();
        return taken;
    }

    /// <summary>Refuses a change made against a version the caller did not read.</summary>
    public void EnsureVersion(long? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != Version)
            throw new ConcurrencyException(GetType().Name, Id, expected, Version);
    }
}
