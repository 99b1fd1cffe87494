using System.Runtime.CompilerServices;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.Access;

/// <summary>
/// Tells the <see cref="OrganizationRegistry"/> of this process when a save changed what it holds
/// (organisations, structures, zones, comuni's zones), once the change has committed, so the next
/// request is checked against it. Other instances learn of it on expiry or on a miss.
/// </summary>
internal sealed class RegistryChanges(OrganizationRegistry registry) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // A save that failed or was cancelled changed nothing: its note goes, or a pooled context would carry it to its next lease.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
            pending.Remove(context);
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Organization or Structure or Zone or ZoneMembership))
            pending.AddOrUpdate(context, context);
    }

    private void Apply(DbContext? context)
    {
        if (context is not null && pending.Remove(context))
            registry.Invalidate();
    }
}
