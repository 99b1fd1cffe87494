namespace Hub.Client;

/// <summary>
/// A Relay global id of the hub (the GraphQL <c>ID</c> scalar): opaque, compared by value, sent back
/// as it came. Keeping it apart from <see cref="string"/> stops a name or a codice fiscale being passed
/// where an id belongs.
/// </summary>
/// <param name="Value">The id as the hub wrote it.</param>
public readonly record struct GlobalId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
