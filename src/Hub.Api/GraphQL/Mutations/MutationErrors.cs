using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Mutations;

/// <summary>A domain failure of a mutation, returned in its payload's <c>errors</c>.</summary>
public abstract record MutationError(string Message);

public sealed record NotFoundError(string Message, string Id) : MutationError(Message);

public sealed record ValidationError(string Message, string? Field) : MutationError(Message);

public sealed record ConcurrencyError(string Message, long? ExpectedVersion, long? ActualVersion) : MutationError(Message);

public sealed record InvalidTransitionError(string Message, string Entity, string From, string? To, string Action) : MutationError(Message);

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
        ConcurrencyException e => new ConcurrencyError(e.Message, e.Expected, e.Actual),
        InvalidTransitionException e => new InvalidTransitionError(e.Message, e.Entity, e.From, e.To, e.Action),
        CapacityExceededException e => new CapacityExceededError(e.Message, e.ModuleId, e.Places),
        ForbiddenException e => new ForbiddenError(e.Message),
        DomainException e => new ValidationError(e.Message, null),
        DbUpdateConcurrencyException => new ConcurrencyError("The object kept changing while this change was made: reload and retry.", null, null),
        // The database refused the statement (a constraint, a value it cannot convert): its words
        // name tables and values, so the client gets ours. An unreachable database is no input's fault.
        _ when DatabaseFailure.IsDatabaseError(exception) && !DatabaseFailure.IsUnavailable(exception) => StorageRefused(),
        _ => null,
    };

    public static ValidationError StorageRefused() =>
        new("The change could not be stored: a value is outside what the model holds (a duplicate, a text too long, a number too large). Check the input against the limits in the schema's descriptions.", null);

    public static ValidationError ReusedIdempotencyKey() =>
        new("This idempotency key was already used for a different request: use a new key for a new request.", "idempotencyKey");

    // Domain fields are C# property names; clients know the schema's camelCase names.
    private static string CamelCase(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
