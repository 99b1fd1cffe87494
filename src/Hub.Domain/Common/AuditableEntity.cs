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

    /// <summary>Refuses a change made against a version the caller did not read.</summary>
    public void EnsureVersion(long? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != Version)
            throw new ConcurrencyException(GetType().Name, Id, expected, Version);
    }
}
