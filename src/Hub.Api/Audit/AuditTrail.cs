using System.Security.Claims;
using GraphQL;
using Hub.Api.Access;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Persistence;

namespace Hub.Api.Audit;

/// <summary>
/// The accesses of one request, gathered while it executes and written in one batch before its
/// response leaves: one event per person touched (with every sensitivity read), one per refusal,
/// one per mutation. Written through a context of its own, so a failed mutation's pending
/// changes never ride along, and without the request's cancellation, so an audit is never lost.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, RequestCaller requestCaller, TimeProvider clock)
{
    private readonly Dictionary<Entry, Sensitivity> entries = [];
    private readonly Lock gate = new();
    private string? operation;

    public void Read(IResolveFieldContext context, Sensitivity sensitivity) =>
        Add(context, new Entry(Concerned(context), AuditAction.Read, AuditOutcome.Success), sensitivity);

    public void Denied(IResolveFieldContext context, Sensitivity sensitivity) => Add(context, IsMutation(context)
        ? new Entry(Mutation(context), AuditAction.Update, AuditOutcome.Denied)
        : new Entry(Concerned(context), AuditAction.Read, AuditOutcome.Denied), sensitivity);

    public void Performed(IResolveFieldContext context, AuditOutcome outcome) =>
        Add(context, new Entry(Mutation(context), AuditAction.Update, outcome), Sensitivity.Public);

    /// <summary>A signed token whose claims describe no caller, refused before anything ran: recorded with what it claimed.</summary>
    public Task RefusedAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.FindFirst(CallerClaims.Subject)?.Value is { Length: > 0 } sub ? sub : "(no sub)";
        var organization = Guid.TryParse(user.FindFirst(CallerClaims.Organization)?.Value, out var id) ? id : (Guid?)null;
        var roles = string.Join(',', user.FindAll(CallerClaims.Roles).Select(claim => claim.Value));
        var actor = new AuditActor(subject, organization, roles.Length > 50 ? roles[..50] : roles, null, null);
        return SaveAsync([new AuditEvent(actor, AuditAction.Read, new AuditSubject("request", null, null), Sensitivity.Public, AuditOutcome.Denied, clock.GetUtcNow())], cancellationToken);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        List<AuditEvent> events;
        lock (gate)
        {
            var caller = requestCaller.Caller;
            var actor = new AuditActor(caller.Subject, caller.OrganizationId, caller.AuditRoles, null, operation);
            var now = clock.GetUtcNow();
            events = entries.Select(e => new AuditEvent(actor, e.Key.Action, e.Key.Subject, e.Value, e.Key.Outcome, now)).ToList();
            entries.Clear();
        }
        if (events.Count > 0)
            await SaveAsync(events, cancellationToken);
    }

    private async Task SaveAsync(List<AuditEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        db.AuditEvents.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(IResolveFieldContext context, Entry entry, Sensitivity sensitivity)
    {
        lock (gate)
        {
            operation ??= context.Operation.Name?.StringValue ?? $"anonymous {context.Operation.Operation.ToString().ToLowerInvariant()}";
            entries[entry] = entries.GetValueOrDefault(entry) | sensitivity;
        }
    }

    private static bool IsMutation(IResolveFieldContext context) => context.ParentType == context.Schema.Mutation;

    private static AuditSubject Mutation(IResolveFieldContext context) => new($"mutation {context.FieldDefinition.Name}", null, null);

    /// <summary>Whose data a field of this object is: the person for personal records, else the record itself.</summary>
    private static AuditSubject Concerned(IResolveFieldContext context) => context.Source switch
    {
        Person p => PersonSubject(p.Id),
        HouseholdMember m => PersonSubject(m.PersonId),
        CareCase c => PersonSubject(c.PersonId),
        Assessment a => PersonSubject(a.PersonId),
        CarePlan p => PersonSubject(p.PersonId),
        Placement p => PersonSubject(p.PersonId),
        DischargeRequest d => PersonSubject(d.PersonId),
        Entity e => new AuditSubject(context.ParentType.Name, e.Id, null),
        _ => new AuditSubject(context.ParentType.Name, null, null),
    };

    private static AuditSubject PersonSubject(Guid personId) => new("Person", personId, personId);

    private sealed record Entry(AuditSubject Subject, AuditAction Action, AuditOutcome Outcome);
}
