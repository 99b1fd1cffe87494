namespace Hub.Client;

/// <summary>What one call gives the writing of its variables: the same for every attempt of the call.</summary>
/// <param name="IdempotencyKey">The key written into an <c>idempotencyKey</c> input field the caller left null; a retry sends the same key, so the hub returns the first result.</param>
public sealed record VariableContext(string IdempotencyKey);
