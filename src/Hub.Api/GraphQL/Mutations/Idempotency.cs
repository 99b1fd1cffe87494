using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Access;
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

/// <summary>
/// One call of an idempotent mutation: finds the first run of its key, or records this one. A key
/// belongs to one caller, named by issuer, organisation and subject: two organisations' users
/// with the same <c>sub</c>, or two issuers', never share one.
/// </summary>
internal sealed class IdempotentCall(string caller, string key, string operation, object input)
{
    /// <summary>
    /// The caller's name in the records: organisation, subject and a digest of the issuer (the
    /// issuer may be a long URL; 16 hex digits of its SHA-256 tell the hub's issuers apart), at most
    /// 36 + 100 + 16 + 2 characters, within the column's 200.
    /// </summary>
    public static string CallerOf(Caller caller, string? issuer) =>
        $"{caller.OrganizationId}/{caller.Subject}/{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(issuer ?? "")))[..16]}";

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
        // Read through the caller's scope: a first result it can no longer see is not found, like any other.
        var result = (await source.Load(db, [first.ResultId], cancellationToken)).SingleOrDefault();
        var id = GlobalId.Encode(first.ResultType, first.ResultId);
        return result is null ? Payload.Failed(new NotFoundError($"No {first.ResultType} with id {id} is visible to you.", id)) : Payload.Of(result);
    }

    public IdempotencyRecord Record(Entity result, DateTimeOffset now) =>
        new(caller, key, operation, inputHash, result.GetType().Name, result.Id, now);
}
