using GraphQL;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Mutations;

/// <summary>
/// Runs one mutation call as one unit: the change is made in memory and saved with its audit
/// event in a single SaveChanges (one transaction), so a refusal at any step leaves nothing
/// behind and a change never commits without its event. A refused call's event is saved alone.
/// </summary>
internal static class MutationRunner
{
    // A conflict on a row the change read (a module's places, say) means another request won the
    // race: the change is made again on fresh data, which then either succeeds or is refused for
    // the real reason (no free place left). A few rounds settle any realistic contention.
    private const int MaxAttempts = 5;

    public static async Task<Payload> RunAsync<TInput>(IResolveFieldContext context, TInput input, Func<MutationContext, TInput, Task<Entity>> change)
        where TInput : notnull
    {
        var services = context.RequestServices!;
        var db = services.GetRequiredService<HubDbContext>();
        var audit = services.GetRequiredService<AuditTrail>();
        var caller = IdempotentCall.CallerOf(db.Scope.Caller, context.User?.FindFirst("iss")?.Value);
        var idempotent = input is IIdempotentInput { IdempotencyKey: { } key } ? new IdempotentCall(caller, key, context.FieldDefinition.Name, input) : null;
        var reconnected = false;
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await AttemptAsync(context, db, audit, input, change, idempotent);
            }
            catch (Exception e) when (!reconnected && e is not UncertainCommitException && DatabaseFailure.IsUnavailable(e))
            {
                // A pooled connection the database dropped (it restarted): running the change once more
                // on a fresh one is safe, because nothing was written, or because the idempotency key's
                // replay answers a write that did commit. A second failure means the database is down.
                DatabaseFailure.ForgetIdleConnections();
                reconnected = true;
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts && (e is DbUpdateConcurrencyException || idempotent is not null))
            {
                // A concurrent write won, or a concurrent first run of the same key inserted it first: try again.
            }
            catch (Exception exception) when (MutationErrors.From(exception) is { } error)
            {
                var target = exception is IdentifierTakenException taken
                    ? [new AuditSubject("Person", taken.PersonId, taken.PersonId)]
                    : MutationTargets.OfInput(context, id => db.ChangeTracker.Entries<Entity>().FirstOrDefault(e => e.Entity.Id == id)?.Entity);
                db.ChangeTracker.Clear();
                // A first run of the same key may have committed while this one was deciding: the
                // refusal ("already filed") is then this retry's echo, and the first result is the answer.
                var answer = idempotent is not null && await idempotent.ReplayAsync(db, services.GetServices<NodeSource>(), context.CancellationToken) is { } replay
                    ? replay
                    : Payload.Failed(error);
                return await SaveAloneAsync(context, db, audit, answer, target);
            }
        }
    }

    private static async Task<Payload> AttemptAsync<TInput>(IResolveFieldContext context, HubDbContext db, AuditTrail audit,
        TInput input, Func<MutationContext, TInput, Task<Entity>> change, IdempotentCall? idempotent)
    {
        var services = context.RequestServices!;
        if (idempotent is not null && await idempotent.ReplayAsync(db, services.GetServices<NodeSource>(), context.CancellationToken) is { } replay)
            return await SaveAloneAsync(context, db, audit, replay, MutationTargets.OfInput(context));
        var mutation = new MutationContext(db, services.GetRequiredService<BusinessClock>(), context.CancellationToken);
        var result = await change(mutation, input);
        await CaseWrites.EnsureAllowedAsync(mutation);
        if (idempotent is not null)
            db.IdempotencyRecords.Add(idempotent.Record(result, mutation.Now));
        var action = db.Entry(result).State == EntityState.Added ? AuditAction.Create : AuditAction.Update;
        foreach (var target in MutationTargets.Of(result))
            db.AuditEvents.Add(audit.Call(context, target, action, AuditOutcome.Success));
        try
        {
            await SaveCheckingProtectionAsync(db, context.CancellationToken);
        }
        catch (Exception e) when (idempotent is null && DatabaseFailure.IsUnavailable(e))
        {
            throw new UncertainCommitException(e);
        }
        audit.Committed();
        return Payload.Of(result);
    }

    /// <summary>
    /// Saves the change; one that takes a woman under a centre's protection or starts following someone is checked again in the save's own
    /// transaction, with the persons' rows locked (<see cref="ProtectionRace"/>), so the two never both succeed for the same person.
    /// </summary>
    private static async Task SaveCheckingProtectionAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var race = ProtectionRace.Of(db);
        if (!race.Concerned)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await race.EnsureAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Saves the event of a call that changed nothing (refused, or a replay of a first run) and returns its answer.</summary>
    private static async Task<Payload> SaveAloneAsync(IResolveFieldContext context, HubDbContext db, AuditTrail audit, Payload answer, IReadOnlyList<AuditSubject> targets)
    {
        var outcome = answer.Errors.Count == 0 ? AuditOutcome.Success : answer.Errors.Any(e => e is ForbiddenError) ? AuditOutcome.Denied : AuditOutcome.Failed;
        db.ChangeTracker.Clear();
        foreach (var subject in answer.Result is Entity first ? MutationTargets.Of(first) : targets)
            db.AuditEvents.Add(audit.Call(context, subject, AuditAction.Update, outcome));
        // Not the request's cancellation: the answer is decided, and its event must not be lost to a client going away.
        await db.SaveChangesAsync(CancellationToken.None);
        return answer;
    }

    /// <summary>
    /// The database went away while a write without an idempotency key was being saved: it may have
    /// committed, so running it again could do it twice. The client is told the database is
    /// unavailable; only it can tell whether to retry.
    /// </summary>
    private sealed class UncertainCommitException(Exception inner) : Exception("The database went away while the change was being saved.", inner);
}
