namespace Hub.Domain.Common;

/// <summary>Base of every stored entity: a client-generated, time-ordered key.</summary>
public abstract class Entity
{
    // Keys are made in process (UUID v7) so graphs can be built and batch-inserted
    // without a round trip per row, and stay index-friendly because they grow over time.
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
