using Hub.Domain.Common;

namespace Hub.Domain.Idempotency;

/// <summary>
/// The first successful run of a retriable write, under the key its caller chose: a retry with
/// the same caller and key finds it and answers with the same object instead of writing again.
/// Saved in the same transaction as the write it records, so either both exist or neither.
/// </summary>
public sealed class IdempotencyRecord : Entity
{
    private IdempotencyRecord() { }

    public IdempotencyRecord(string caller, string key, string operation, string inputHash, string resultType, Guid resultId, DateTimeOffset createdAt)
    {
        Caller = Guard.Required(caller, nameof(Caller), 200);
        Key = Guard.Required(key, nameof(Key), 100);
        Operation = operation;
        InputHash = inputHash;
        ResultType = resultType;
        ResultId = resultId;
        CreatedAt = createdAt;
    }

    public string Caller { get; private set; } = "";
    public string Key { get; private set; } = "";

    /// <summary>The mutation that ran (e.g. "admitPlacement").</summary>
    public string Operation { get; private set; } = "";

    /// <summary>SHA-256 of the operation's input: a reused key with another input is refused.</summary>
    public string InputHash { get; private set; } = "";

    /// <summary>Type and key of the object the first run returned.</summary>
    public string ResultType { get; private set; } = "";

    public Guid ResultId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public bool Matches(string operation, string inputHash) => Operation == operation && InputHash == inputHash;
}
