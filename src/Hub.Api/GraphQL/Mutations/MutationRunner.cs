using GraphQL;
using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Mutations;

/// <summary>
/// Runs one mutation as one unit: the change is made in memory and saved with a single
/// SaveChanges (one transaction), so a refusal at any step leaves nothing behind.
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
        var caller = db.Scope.Actor;
        var idempotent = input is IIdempotentInput { IdempotencyKey: { } key } ? new IdempotentCall(caller, key, context.FieldDefinition.Name, input) : null;
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await AttemptAsync(db, services, context.CancellationToken, input, change, idempotent);
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts && (e is DbUpdateConcurrencyException || idempotent is not null))
            {
                // A concurrent write won, or a concurrent first run of the same key inserted it first: try again.
            }
            catch (Exception exception) when (MutationErrors.From(exception) is { } error)
            {
                db.ChangeTracker.Clear();
                // A first run of the same key may have committed while this one was deciding: the
                // refusal ("already filed") is then this retry's echo, and the first result is the answer.
                if (idempotent is not null && await idempotent.ReplayAsync(db, services.GetServices<NodeSource>(), context.CancellationToken) is { } replay)
                    return replay;
                return Payload.Failed(error);
            }
        }
    }

    private static async Task<Payload> AttemptAsync<TInput>(HubDbContext db, IServiceProvider services, CancellationToken cancellationToken,
        TInput input, Func<MutationContext, TInput, Task<Entity>> change, IdempotentCall? idempotent)
    {
        var sources = services.GetServices<NodeSource>();
        if (idempotent is not null && await idempotent.ReplayAsync(db, sources, cancellationToken) is { } replay)
            return replay;
        var mutation = new MutationContext(db, services.GetRequiredService<BusinessClock>(), cancellationToken);
        var result = await change(mutation, input);
        if (idempotent is not null)
            db.IdempotencyRecords.Add(idempotent.Record(result, mutation.Now));
        await db.SaveChangesAsync(cancellationToken);
        return Payload.Of(result);
    }
}
