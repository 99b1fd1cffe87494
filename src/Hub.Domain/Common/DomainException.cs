namespace Hub.Domain.Common;

/// <summary>A rule of the domain refused an operation; the API maps each kind to a typed error.</summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>Input that breaks a rule of the model (missing, malformed or inconsistent data).</summary>
public class DomainValidationException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
}

/// <summary>
/// A registration refused because the identifier already belongs to a person: answered as a
/// validation error on the input field, and audited with the person concerned (<see cref="PersonId"/>).
/// </summary>
public sealed class IdentifierTakenException(string field, string message, Guid personId) : DomainValidationException(field, message)
{
    public Guid PersonId { get; } = personId;
}

/// <summary>A state machine was asked for a transition its current state does not allow.</summary>
public sealed class InvalidTransitionException(string entity, string from, string action, string? to = null, IReadOnlyList<string>? allowed = null,
    IReadOnlyList<string>? next = null)
    : DomainException($"{entity} in state {from} cannot {action}.")
{
    public string Entity { get; } = entity;
    public string From { get; } = from;
    public string Action { get; } = action;

    /// <summary>The state the action leads to, when the action is a transition of a state machine.</summary>
    public string? To { get; } = to;

    /// <summary>The actions the current state allows (names of the entity's transition table), empty when unknown.</summary>
    public IReadOnlyList<string> Allowed { get; } = allowed ?? [];

    /// <summary>The states the current one may go to (the targets of <see cref="Allowed"/>), empty when unknown or final.</summary>
    public IReadOnlyList<string> Next { get; } = next ?? [];
}

/// <summary>The entity changed since the caller read it.</summary>
public sealed class ConcurrencyException(string entity, Guid id, long expected, long actual)
    : DomainException($"{entity} {id} is at version {actual}, not {expected}: reload and retry.")
{
    public string Entity { get; } = entity;
    public Guid Id { get; } = id;
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}

/// <summary>A structure module has no free place left.</summary>
public sealed class CapacityExceededException(Guid moduleId, int places)
    : DomainException($"Module {moduleId} has no free place: all {places} contracted places are taken.")
{
    public Guid ModuleId { get; } = moduleId;
    public int Places { get; } = places;
}

/// <summary>An object the operation names does not exist (or is of another kind than expected).</summary>
public sealed class NotFoundException(string entity, string id)
    : DomainException($"No {entity} with id '{id}'.")
{
    public string Entity { get; } = entity;
    public string Id { get; } = id;
}

/// <summary>The caller may not perform the operation on this object (its role or scope does not cover it).</summary>
public sealed class ForbiddenException(string message) : DomainException(message);
