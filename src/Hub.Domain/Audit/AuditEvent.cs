using Hub.Domain.Common;

namespace Hub.Domain.Audit;

/// <summary>
/// One access to personal data or one change. Append-only: never updated or deleted by the
/// application, and kept at least 24 months (Garante rules for shared health records).
/// </summary>
public sealed class AuditEvent : Entity
{
    private AuditEvent() { }

    public AuditEvent(AuditActor actor, AuditAction action, AuditSubject subject, Sensitivity sensitivity, AuditOutcome outcome, DateTimeOffset occurredAt)
    {
        Subject = actor.Subject;
        OrganizationId = actor.OrganizationId;
        Role = actor.Role;
        Purpose = actor.Purpose;
        Operation = actor.Operation;
        Action = action;
        EntityType = subject.EntityType;
        EntityId = subject.EntityId;
        PersonId = subject.PersonId;
        Sensitivity = sensitivity;
        Outcome = outcome;
        OccurredAt = occurredAt;
    }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The caller's subject (JWT <c>sub</c>).</summary>
    public string Subject { get; private set; } = "";

    public Guid? OrganizationId { get; private set; }
    public string? Role { get; private set; }

    /// <summary>Why the data was accessed (finalità), e.g. "care", "discharge-planning".</summary>
    public string? Purpose { get; private set; }

    /// <summary>The GraphQL operation name or mutation.</summary>
    public string? Operation { get; private set; }

    public AuditAction Action { get; private set; }
    public string EntityType { get; private set; } = "";
    public Guid? EntityId { get; private set; }

    /// <summary>The person whose data was touched.</summary>
    public Guid? PersonId { get; private set; }

    public Sensitivity Sensitivity { get; private set; }
    public AuditOutcome Outcome { get; private set; }
}

/// <summary>Who accessed, in which role and for what.</summary>
public sealed record AuditActor(string Subject, Guid? OrganizationId, string? Role, string? Purpose, string? Operation);

/// <summary>What was accessed and whose data it is.</summary>
public sealed record AuditSubject(string EntityType, Guid? EntityId, Guid? PersonId);
