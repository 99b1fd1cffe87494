using Hub.Domain.Events;

namespace Hub.Api.Events;

/// <summary>
/// What one execution of a subscription document is for (a DI-scoped note between the WebSocket
/// transport and the subscription fields): with no <see cref="Event"/>, the subscription is being
/// started, and its field records where to resume and which changes it follows; with one, that event
/// is being delivered to the subscriber.
/// </summary>
public sealed class EventDelivery
{
    /// <summary>The event to deliver; null while the subscription is being started.</summary>
    public OutboxEvent? Event { get; set; }

    /// <summary>The position to resume after (the field's <c>after:</c>); null for "from now on".</summary>
    public long? After { get; private set; }

    /// <summary>The changes the subscribed field follows, set when it starts; empty until then.</summary>
    public IReadOnlySet<ChangeType> Types { get; private set; } = new HashSet<ChangeType>();

    public void Start(long? after, IReadOnlySet<ChangeType> types) => (After, Types) = (after, types);
}
