using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Common;
using Hub.Domain.Idempotency;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Mutations;

/// <summary>An input a caller may send again: the same key means "the same request".</summary>
public interface IIdempotentInput
{
    string? IdempotencyKey { get; }
}

/// <summary>One call of an idempotent mutation: finds the first run of its key, or records this one.</summary>
internal sealed class IdempotentCall(string caller, string key, string operation, object input)
{
    private readonly string inputHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(input, input.GetType()))));

    /// <summary>The first run's payload, a refusal when the key came with another input, or null on a first run.</summary>
    public async Task<Payload?> ReplayAsync(HubDbContext db, IEnumerable<NodeSource> sources, CancellationToken cancellationToken)
    {
        var first = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken);
        if (first is null)
            return null;
        if (!first.Matches(operation, inputHash))
            return Payload.Failed(MutationErrors.ReusedIdempotencyKey());
        var source = sources.Single(s => s.TypeName == first.ResultType);
        var result = (await source.Load(db, [first.ResultId], cancellationToken)).Single();
        return Payload.Of(result);
    }

    public IdempotencyRecord Record(Entity result, DateTimeOffset now) =>
        new(caller, key, operation, inputHash, result.GetType().Name, result.Id, now);
}
