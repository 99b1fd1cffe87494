using System.Linq.Expressions;
using System.Reflection;
using System.Security.Claims;
using GraphQL;
using Hub.Api.Access;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Persistence;

namespace Hub.Api.Audit;

/// <summary>
/// The audit events of one request. A mutation call's event is made here and saved by the
/// mutation itself, in the transaction of its change (<see cref="Call"/>). Everything else is
/// gathered while the request executes and written in one batch before its response leaves: one
/// event per person read (with every sensitivity read), one per refused read, one per mutation
/// call refused before it ran. The batch, one statement (<see cref="AuditWriter"/>, grouped with other requests' by
/// <see cref="AuditGroupCommit"/>), goes through the request's own context
/// once the request's work has ended, with what that context still tracks dropped first, so a failed mutation's pending
/// changes never ride along; and without the request's cancellation, so an audit is never lost to a client going away.
/// </summary>
/// <remarks>
/// It wrote through a DI scope and a context of its own, a second context and connection per request: half of the hospital
/// lookup's contexts (issue 18). The request's context is resolved when the batch is written, never before the caller is
/// bound (a context takes its access scope at creation), and a mutation's transaction has ended by then (each is one SaveChanges).
/// </remarks>
public sealed class AuditTrail(IServiceProvider services, RequestAccess access, AuditGroupCommit groupCommit, TimeProvider clock)
{
    private readonly Dictionary<Entry, Sensitivity> reads = [];
    private readonly List<AuditEvent> calls = [];
    private readonly Lock gate = new();
    private string? operation;

    /// <summary>Whether a mutation of this request has committed: from then on the response must not report failure.</summary>
    public bool HasCommitted { get; private set; }

    /// <summary>The events <see cref="FlushAsync"/> wrote: reads and refusals, not the mutation calls' own events.</summary>
    public int EventsFlushed { get; private set; }

    public void Read(IResolveFieldContext context, Sensitivity sensitivity)
    {
        foreach (var subject in Concerned(context))
            Add(context, new Entry(subject, AuditOutcome.Success), sensitivity);
    }

    /// <summary>A refused read, or a mutation call refused before it ran (no permission), with the target its input names.</summary>
    public void Denied(IResolveFieldContext context, Sensitivity sensitivity)
    {
        if (context.ParentType != context.Schema.Mutation)
            foreach (var subject in Concerned(context))
                Add(context, new Entry(subject, AuditOutcome.Denied), sensitivity);
        else
            foreach (var target in MutationTargets.OfInput(context))
                Record(Call(context, target, AuditAction.Update, AuditOutcome.Denied));
    }

    /// <summary>A <c>where:</c> condition or <c>order:</c> key refused at validation: nothing ran, so no person is named.</summary>
    public void DeniedCondition(GraphQLParser.AST.GraphQLOperationDefinition definition, string field, Sensitivity sensitivity)
    {
        lock (gate)
        {
            operation ??= definition.Name?.StringValue ?? $"anonymous {definition.Operation.ToString().ToLowerInvariant()}";
            var entry = new Entry(new AuditSubject($"condition {field}", null, null), AuditOutcome.Denied);
            reads[entry] = reads.GetValueOrDefault(entry) | sensitivity;
        }
    }

    /// <summary>
    /// A read outside GraphQL (a document's download) or its refusal, named by <paramref name="operationName"/>
    /// (the HTTP request): written with the request's batch, before the response leaves.
    /// </summary>
    public void Fetched(string operationName, AuditSubject subject, Sensitivity sensitivity, AuditOutcome outcome)
    {
        lock (gate)
        {
            operation ??= operationName;
            var entry = new Entry(subject, outcome);
            reads[entry] = reads.GetValueOrDefault(entry) | sensitivity;
        }
    }

    /// <summary>
    /// The persons a condition on fields above PERSONAL matched: the answer (rows, a count, an order)
    /// told something of each, whether or not a field of theirs was read.
    /// </summary>
    public void Matched(IResolveFieldContext context, IEnumerable<Guid> persons, Sensitivity sensitivity)
    {
        foreach (var person in persons)
            Add(context, new Entry(new AuditSubject("Person", person, person), AuditOutcome.Success), sensitivity);
    }

    /// <summary>A mutation call that failed with a bug or an outage: nothing of it committed.</summary>
    public void Failed(IResolveFieldContext context)
    {
        foreach (var target in MutationTargets.OfInput(context))
            Record(Call(context, target, AuditAction.Update, AuditOutcome.Failed));
    }

    /// <summary>
    /// The event of one mutation call on <paramref name="target"/>: the mutation saves it with its change,
    /// or alone when it changed nothing. Its sensitivity is the payload's: what the change touched.
    /// </summary>
    public AuditEvent Call(IResolveFieldContext context, AuditSubject target, AuditAction action, AuditOutcome outcome) =>
        new(Actor(context), action, target, MutationTargets.SensitivityOf(context.FieldDefinition), outcome, clock.GetUtcNow(), context.FieldDefinition.Name);

    /// <summary>Marks that a mutation of this request committed its change (and its event).</summary>
    public void Committed() => HasCommitted = true;

    /// <summary>A signed token whose claims describe no caller, refused before anything ran: recorded with what it claimed.</summary>
    public Task RefusedAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.FindFirst(CallerClaims.Subject)?.Value is { Length: > 0 } sub ? sub : "(no sub)";
        var organization = Guid.TryParse(user.FindFirst(CallerClaims.Organization)?.Value, out var id) ? id : (Guid?)null;
        var roles = string.Join(',', user.FindAll(CallerClaims.Roles).Select(claim => claim.Value));
        var actor = new AuditActor(subject, organization, roles, null, null);
        return SaveAsync([new AuditEvent(actor, AuditAction.Read, new AuditSubject("request", null, null), Sensitivity.Public, AuditOutcome.Denied, clock.GetUtcNow())], cancellationToken);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        List<AuditEvent> events;
        lock (gate)
        {
            var caller = access.Scope.Caller;
            var actor = new AuditActor(caller.Subject, caller.OrganizationId, caller.AuditRoles, null, operation);
            var now = clock.GetUtcNow();
            events = [.. calls, .. reads.Select(e => new AuditEvent(actor, AuditAction.Read, e.Key.Subject, e.Value, e.Key.Outcome, now))];
            reads.Clear();
            calls.Clear();
        }
        if (events.Count > 0)
            await SaveAsync(events, cancellationToken);
        EventsFlushed += events.Count;
    }

    /// <summary>
    /// The persons a record is about: one for the records of one person's data, each adult of a foster family (its registration,
    /// training and suitability are data about them), none for the others.
    /// </summary>
    public static IReadOnlyList<Guid> PersonsOf(object? record) => record switch
    {
        Hub.Domain.FosterCare.FosterFamily f => [.. f.Parents.Select(p => p.PersonId)],
        _ => PersonOf(record) is { } person ? [person] : [],
    };

    /// <summary>
    /// The properties a row of <paramref name="record"/> must be read with for <see cref="PersonsOf"/> to name its persons: the
    /// person's key of a record of one person's data, none for records about no person, null when only the whole row will do (a
    /// foster family's persons are its parents, a collection). A page that reads only the columns its query selects
    /// (<see cref="GraphQL.Paging.Projection"/>) reads these too, whatever the query selects: without them the audit named
    /// nobody (an empty id) for a page of cases that did not select their person (red team, issue 18).
    /// </summary>
    public static PropertyInfo[]? AuditedPropertiesOf(Type record) =>
        record == typeof(Hub.Domain.FosterCare.FosterFamily) ? null
        : PersonKeys.TryGetValue(record, out var key) ? [key.Property]
        : [];

    private static Guid? PersonOf(object? record) => record is not null && PersonKeys.TryGetValue(record.GetType(), out var key) ? key.Read(record) : null;

    // The records that hold one person's data, each with the property naming that person (sealed classes, looked up by exact type).
    private static readonly Dictionary<Type, PersonKey> PersonKeys = new[]
    {
        PersonKey.Of<Person>(p => p.Id),
        PersonKey.Of<HouseholdMember>(m => m.PersonId),
        PersonKey.Of<CareCase>(c => c.PersonId),
        PersonKey.Of<Assessment>(a => a.PersonId),
        PersonKey.Of<CarePlan>(p => p.PersonId),
        PersonKey.Of<Placement>(p => p.PersonId),
        PersonKey.Of<DischargeRequest>(d => d.PersonId),
        PersonKey.Of<Hub.Domain.SocialRecord.AccessRequest>(r => r.PersonId),
        PersonKey.Of<Hub.Domain.SocialRecord.DiaryEntry>(e => e.PersonId),
        PersonKey.Of<Hub.Domain.Documents.Document>(d => d.PersonId),
        PersonKey.Of<Hub.Domain.Minors.FirstReport>(r => r.PersonId),
        PersonKey.Of<Hub.Domain.Minors.ParentalResponsibility>(r => r.PersonId),
        PersonKey.Of<Hub.Domain.Minors.CourtMeasure>(m => m.PersonId),
        PersonKey.Of<Hub.Domain.Minors.CourtDeadline>(d => d.PersonId),
        PersonKey.Of<Hub.Domain.Minors.ProtectedAddress>(a => a.PersonId),
        PersonKey.Of<Hub.Domain.Families.FamilyCenterReferral>(r => r.ChildId),
        PersonKey.Of<Hub.Domain.FosterCare.FosterCareReview>(r => r.PersonId),
    }.ToDictionary(key => key.Record);

    private sealed record PersonKey(Type Record, PropertyInfo Property, Func<object, Guid?> Read)
    {
        // r => r.PersonId, a Guid boxed to Guid? or a Guid? already.
        public static PersonKey Of<T>(Expression<Func<T, Guid?>> key)
        {
            var member = (MemberExpression)(key.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : key.Body);
            var read = key.Compile();
            return new(typeof(T), (PropertyInfo)member.Member, record => read((T)record));
        }
    }

    private AuditActor Actor(IResolveFieldContext context)
    {
        var caller = access.Scope.Caller;
        return new AuditActor(caller.Subject, caller.OrganizationId, caller.AuditRoles, null, OperationOf(context));
    }

    private Task SaveAsync(List<AuditEvent> events, CancellationToken cancellationToken) =>
        groupCommit.AppendAsync(events, WriteAsync, cancellationToken);

    // What the context still tracks when the request's work is over is a failed change's leftovers (a mutation that saved, or
    // refused, cleared it): dropped, so only the events are written, whichever way the database takes them.
    private Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<HubDbContext>();
        db.ChangeTracker.Clear();
        return AuditWriter.AppendAsync(db, events, cancellationToken);
    }

    private void Record(AuditEvent call)
    {
        lock (gate)
            calls.Add(call);
    }

    private void Add(IResolveFieldContext context, Entry entry, Sensitivity sensitivity)
    {
        lock (gate)
        {
            operation ??= OperationOf(context);
            reads[entry] = reads.GetValueOrDefault(entry) | sensitivity;
        }
    }

    private static string OperationOf(IResolveFieldContext context) =>
        context.Operation.Name?.StringValue ?? $"anonymous {context.Operation.Operation.ToString().ToLowerInvariant()}";

    /// <summary>Whose data a field of this object is: the persons of personal records (each adult of a foster family), else the record itself.</summary>
    private static IEnumerable<AuditSubject> Concerned(IResolveFieldContext context) => PersonsOf(context.Source) is { Count: > 0 } persons
        ? persons.Select(person => new AuditSubject("Person", person, person))
        : [new AuditSubject(context.ParentType.Name, (context.Source as Entity)?.Id, null)];

    private sealed record Entry(AuditSubject Subject, AuditOutcome Outcome);
}
