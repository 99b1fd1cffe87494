using GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Mutations;

/// <summary>A domain failure of a mutation, returned in its payload's <c>errors</c>.</summary>
public abstract record MutationError(string Message);

public sealed record NotFoundError(string Message, string Id) : MutationError(Message);

public sealed record ValidationError(string Message, string? Field) : MutationError(Message);

/// <param name="Id">The global id of the object that changed; null when the database found the conflict on save.</param>
public sealed record ConcurrencyError(string Message, string? Id, long? ExpectedVersion, long? ActualVersion) : MutationError(Message);

/// <param name="From">The current state, spelled as the schema's enum value (REFERRED).</param>
/// <param name="Allowed">The mutations the current state allows.</param>
/// <param name="Next">The states the current one may go to, spelled as the schema's enum values.</param>
public sealed record InvalidTransitionError(string Message, string Entity, string From, string? To, string Action, IReadOnlyList<string> Allowed, IReadOnlyList<string> Next)
    : MutationError(Message);

public sealed record CapacityExceededError(string Message, Guid ModuleId, int ContractedPlaces) : MutationError(Message);

public sealed record ForbiddenError(string Message) : MutationError(Message);

/// <summary>The one place where the domain's refusals become typed errors.</summary>
public static class MutationErrors
{
    /// <summary>The typed error for a domain refusal; null for anything else, which is a bug and surfaces as a GraphQL error.</summary>
    public static MutationError? From(Exception exception) => exception switch
    {
        NotFoundException e => new NotFoundError(e.Message, e.Id),
        DomainValidationException e => new ValidationError(e.Message, CamelCase(e.Field)),
        ConcurrencyException e => Concurrency(e),
        InvalidTransitionException e => Transition(e),
        CapacityExceededException e => new CapacityExceededError(e.Message, e.ModuleId, e.Places),
        ForbiddenException e => new ForbiddenError(e.Message),
        DomainException e => new ValidationError(e.Message, null),
        DbUpdateConcurrencyException => new ConcurrencyError("The object kept changing while this change was made: reload and retry.", null, null, null),
        // The database refused the statement (a constraint, a value it cannot convert): its words
        // name tables and values, so the client gets ours. An unreachable database is no input's fault.
        _ when DatabaseFailure.IsDatabaseError(exception) && !DatabaseFailure.IsUnavailable(exception) => StorageRefused(),
        _ => null,
    };

    public static ValidationError StorageRefused() =>
        new("The change could not be stored: a value is outside what the model holds (a duplicate, a text too long, a number too large). Check the input against the limits in the schema's descriptions.", null);

    // The object as clients know it: its global id, not the database key.
    private static ConcurrencyError Concurrency(ConcurrencyException e)
    {
        var id = GlobalId.Encode(e.Entity, e.Id);
        return new ConcurrencyError($"{e.Entity} {id} is at version {e.Actual}, not {e.Expected}: read it again and retry with its current version.", id, e.Expected, e.Actual);
    }

    // States in the schema's spelling (REFERRED, not Referred), and what the state allows instead: the mutations and the states
    // they lead to, since one mutation may make several moves (recordReferralOutcome's outcome, assessFosterFamily's).
    private static InvalidTransitionError Transition(InvalidTransitionException e)
    {
        var (from, to) = (e.From.ToConstantCase(), e.To?.ToConstantCase());
        var allowed = TransitionMutations.For(e.Entity, e.Allowed);
        var next = e.Next.Select(s => s.ToConstantCase()).ToList();
        var hint = allowed.Count == 0 ? "no mutation changes it from this state"
            : $"allowed from {from}: {string.Join(", ", allowed)}" + (next.Count == 0 ? "" : $", to {string.Join(" or ", next)}");
        return new InvalidTransitionError($"{e.Entity} in state {from} cannot {e.Action}; {hint}.", e.Entity, from, to, e.Action, allowed, next);
    }

    public static ValidationError ReusedIdempotencyKey() =>
        new("This idempotency key was already used for a different request: use a new key for a new request.", "idempotencyKey");

    // Domain fields are C# property names; clients know the schema's camelCase names.
    private static string CamelCase(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
