using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Audit;

/// <summary>The audit trail, for auditors: every event, and who accessed one person's data.</summary>
public sealed class AuditQueries : IQueryFields
{
    public static readonly SortOrder<AuditEvent> AuditOrder = SortOrder<AuditEvent>.By("occurredAt", e => e.OccurredAt, descending: true);

    /// <summary>Which events an auditor sees, told on both lists (the rule is the audit events' row scope, RowScopes.AuditEvent).</summary>
    private const string CentreEvents = "An auditor of a REGION organisation reads the whole trail but the events of a Centro antiviolenza's callers "
        + "(ANTI_VIOLENCE_CENTRE), which are shown only to an auditor of that same centre: that a centre accessed a person tells she is in its pathway. "
        + "An auditor of any other organisation reads its own organisation's events only. What an auditor does not see is left out of the list, "
        + "its totalCount, where and cursors too, without a trace. The auditor role is held alone (or with analyst, registry-admin): a token "
        + "combining it with a role that works on persons' records is refused (403).";

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, AuditEventType, AuditEvent>("auditEvents", "The audit trail (registro degli accessi), newest first; empty unless the caller is an auditor. " + CentreEvents,
            (_, db) => db.AuditEvents.AsNoTracking(), AuditOrder);
        query.Connection<object?, AuditEventType, AuditEvent>("personAuditTrail",
                "Who read or changed one person's data, when, in which role and with what outcome (\"chi ha consultato o modificato i miei dati\"): reads, and every mutation call on a record of theirs; for auditors. " + CentreEvents,
                async (context, db, ct) =>
                {
                    // The auditor reaches no person: the raw table only turns the identifier into the key the trail
                    // records. A query of its own, because IgnoreQueryFilters anywhere in a query lifts every scope in it.
                    var identifier = Identifier(context.GetArgument<string>("fiscalCode"));
                    var personId = await db.Persons.IgnoreQueryFilters().Where(p => p.Identifier == identifier).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
                    return db.AuditEvents.AsNoTracking().Where(e => personId != null && e.PersonId == personId);
                }, AuditOrder)
            .Argument<NonNullGraphType<StringGraphType>>("fiscalCode", "The person's codice fiscale, or STP/ENI code.");
    }

    private static string Identifier(string value)
    {
        try
        {
            return PersonIdentifier.Parse(value).Value;
        }
        catch (DomainException e)
        {
            throw HubErrors.BadInput(e.Message);
        }
    }
}
