using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Audit;

namespace Hub.Api.Audit;

public sealed class AuditEventFilterInputType : FilterInputType<AuditEventFilterInputType, AuditEvent>
{
    public AuditEventFilterInputType() : base("Conditions on audit events.")
    {
        Comparable<DateTimeOffsetGraphType, DateTimeOffset>("occurredAt", e => e.OccurredAt, "When it happened.");
        Text("subject", e => e.Subject, "The caller's subject.");
        Text("role", e => e.Role, "The caller's roles.");
        Text("operation", e => e.Operation, "The GraphQL operation.");
        Text("mutation", e => e.Mutation, "The mutation called.");
        Text("entityType", e => e.EntityType, "What was touched.");
        Enum<AuditActionType, AuditAction>("action", e => e.Action, "Read or change.");
        Enum<AuditOutcomeType, AuditOutcome>("outcome", e => e.Outcome, "Granted, refused or failed.");
    }
}

public sealed class AuditEventSortInputType : SortInputType<AuditEventSortInputType, AuditEvent>
{
    public AuditEventSortInputType() : base("Orders audit events.")
    {
        Key("occurredAt", e => e.OccurredAt, "By time.");
        Key("subject", e => e.Subject, "By caller.");
    }
}
