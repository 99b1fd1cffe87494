namespace Hub.Client;

/// <summary>
/// A generated subscription: an operation whose events can be resumed. The hub's subscription fields
/// take <c>after</c> (a position) and give each event's <c>position</c>; a document that selects the
/// one and declares the other can be resumed where it stopped.
/// </summary>
/// <typeparam name="TData">The record shaped by the subscription's selection set.</typeparam>
public interface IHubSubscription<TData> : IHubOperation<TData>
{
    /// <summary>The event's position (opaque), or null when the document does not select <c>position</c> on its field.</summary>
    string? PositionOf(TData data);

    /// <summary>The same subscription resuming after <paramref name="position"/>, or null when the document declares no <c>$after</c>.</summary>
    IHubSubscription<TData>? ResumeAfter(string position);
}
