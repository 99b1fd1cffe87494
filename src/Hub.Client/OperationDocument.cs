namespace Hub.Client;

/// <summary>Whether an operation reads or writes; decides the safety of retrying it.</summary>
public enum OperationKind
{
    /// <summary>A read: safe to repeat.</summary>
    Query,
    /// <summary>A write: repeated only when it carries an idempotency key.</summary>
    Mutation,
    /// <summary>A stream of events, followed over graphql-transport-ws (<see cref="IHubClient.SubscribeAsync{TData}"/>).</summary>
    Subscription,
}

/// <summary>
/// A generated operation's document as the client sends it.
/// </summary>
/// <param name="Name">The operation name, sent as <c>operationName</c>.</param>
/// <param name="Kind">Query, mutation or subscription.</param>
/// <param name="Text">The normalised document (operation and the fragments it spreads, on one line).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Text"/>'s UTF-8 bytes: the trusted-document id, sent as <c>documentId: "sha256:…"</c>.</param>
/// <param name="TakesIdempotencyKey">Whether an input of the operation has an <c>idempotencyKey</c> field, which the client fills when left null.</param>
public sealed record OperationDocument(string Name, OperationKind Kind, string Text, string Sha256, bool TakesIdempotencyKey)
{
    /// <summary>The id of the GraphQL-over-HTTP persisted-documents appendix: <c>sha256:</c> and the hash.</summary>
    public string DocumentId => "sha256:" + Sha256;

    /// <summary>Whether sending the request again cannot do a change twice: queries, and mutations keyed for idempotency.</summary>
    public bool IsSafeToRetry => Kind == OperationKind.Query || TakesIdempotencyKey;
}
