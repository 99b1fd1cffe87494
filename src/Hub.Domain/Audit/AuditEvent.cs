using System.Text;
using Hub.Domain.Common;

namespace Hub.Domain.Audit;

/// <summary>
/// One access to personal data, one refusal or one mutation call. Append-only: never updated or
/// deleted (the database refuses it, by triggers the migrations create), and kept at least 24
/// months (Garante rules for shared health records). Text a client controls (its subject, its
/// operation name) is cut to the column's size here, so no request can make an audit insert fail.
/// </summary>
public sealed class AuditEvent : Entity
{
    public const int SubjectLength = 200;
    public const int RoleLength = 200;
    public const int PurposeLength = 100;
    public const int OperationLength = 200;
    public const int MutationLength = 100;
    public const int EntityTypeLength = 50;

    private AuditEvent() { }

    public AuditEvent(AuditActor actor, AuditAction action, AuditSubject subject, Sensitivity sensitivity, AuditOutcome outcome, DateTimeOffset occurredAt,
        string? mutation = null)
    {
        Subject = Clip(actor.Subject, SubjectLength)!;
        OrganizationId = actor.OrganizationId;
        Role = Clip(actor.Role, RoleLength);
        Purpose = Clip(actor.Purpose, PurposeLength);
        Operation = Clip(actor.Operation, OperationLength);
        Mutation = Clip(mutation, MutationLength);
        Action = action;
        EntityType = Clip(subject.EntityType, EntityTypeLength)!;
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
    /// <summary>The mutation field called (e.g. <c>registerPerson</c>); null for reads.</summary>
    public string? Mutation { get; private set; }

    /// <summary>The type of the record touched or targeted (<c>Person</c>, <c>CareCase</c> …).</summary>
    public string EntityType { get; private set; } = "";
    public Guid? EntityId { get; private set; }

    /// <summary>The person whose data was touched.</summary>
    public Guid? PersonId { get; private set; }

    public Sensitivity Sensitivity { get; private set; }
    public AuditOutcome Outcome { get; private set; }

    /// <summary>
    /// The text as every database stores it: NUL and unpaired surrogates (which PostgreSQL refuses)
    /// become U+FFFD, and beyond <paramref name="length"/> it is cut between characters, an ellipsis marking the cut.
    /// </summary>
    private static string? Clip(string? text, int length)
    {
        if (text is null)
            return null;
        // Replacing keeps each character's size, so the text is cut only when it is already too long.
        var room = text.Length <= length ? length : length - 1;
        var clean = new StringBuilder(Math.Min(text.Length, length));
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (clean.Length + (pair ? 2 : 1) > room)
                return clean.Append('…').ToString();
            if (pair)
                clean.Append(text[i]).Append(text[++i]);
            else
                clean.Append(text[i] == '\0' || char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
        }
        return clean.ToString();
    }
}

/// <summary>Who accessed, in which role and for what.</summary>
public sealed record AuditActor(string Subject, Guid? OrganizationId, string? Role, string? Purpose, string? Operation);

/// <summary>What was accessed and whose data it is.</summary>
public sealed record AuditSubject(string EntityType, Guid? EntityId, Guid? PersonId);
