using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Events;
using Hub.Domain.Idempotency;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Registry;
using Hub.Domain.Services;
using Hub.Domain.SocialRecord;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hub.Domain.Persistence;

/// <summary>
/// The shared model. One subclass per database provider carries that provider's migrations
/// and type conventions; everything else is common.
/// </summary>
public abstract class HubDbContext(DbContextOptions options) : DbContext(options)
{
    // One constructor, taking the options only, as EF Core's pooling requires: the scope is bound after (Bind).
    private AccessScope? scope;

    /// <summary>
    /// Whose rows this context's queries reach (<see cref="RowScopes"/>), who its stamps name and the
    /// clock they read: bound when the context is created or, pooled, leased to a request (<see cref="HubContextPools{TContext}"/>),
    /// never replaced while in use, and unbound when the context is disposed (or goes back to its pool).
    /// </summary>
    /// <exception cref="InvalidOperationException">The context is bound to no scope: disposed, or waiting in its pool.</exception>
    public AccessScope Scope => scope ?? throw new InvalidOperationException("This context is bound to no access scope: it was disposed or waits in its pool.");

    /// <summary>Binds a context just created, or leased from its pool, to <paramref name="bound"/>; returns the context.</summary>
    internal HubDbContext Bind(AccessScope bound)
    {
        scope = bound;
        return this;
    }

    public override void Dispose()
    {
        scope = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        scope = null;
        return base.DisposeAsync();
    }

    public DbSet<HealthAuthority> HealthAuthorities => Set<HealthAuthority>();
    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<ZoneMembership> ZoneMemberships => Set<ZoneMembership>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<Structure> Structures => Set<Structure>();
    public DbSet<StructureModule> StructureModules => Set<StructureModule>();
    public DbSet<FamilyCenter> FamilyCenters => Set<FamilyCenter>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();
    public DbSet<CareCase> CareCases => Set<CareCase>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<CarePlan> CarePlans => Set<CarePlan>();
    public DbSet<Intervention> Interventions => Set<Intervention>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<DischargeRequest> DischargeRequests => Set<DischargeRequest>();
    public DbSet<AccessRequest> AccessRequests => Set<AccessRequest>();
    public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();
    public DbSet<CaseTransition> CaseTransitions => Set<CaseTransition>();
    public DbSet<Documents.Document> Documents => Set<Documents.Document>();
    public DbSet<Documents.DocumentContent> DocumentContents => Set<Documents.DocumentContent>();
    public DbSet<InformationContact> InformationContacts => Set<InformationContact>();
    public DbSet<PlanReview> PlanReviews => Set<PlanReview>();
    public DbSet<Minors.FirstReport> FirstReports => Set<Minors.FirstReport>();
    public DbSet<Minors.ParentalResponsibility> ParentalResponsibilities => Set<Minors.ParentalResponsibility>();
    public DbSet<Minors.CourtMeasure> CourtMeasures => Set<Minors.CourtMeasure>();
    public DbSet<Minors.CourtDeadline> CourtDeadlines => Set<Minors.CourtDeadline>();
    public DbSet<Minors.ProtectedAddress> ProtectedAddresses => Set<Minors.ProtectedAddress>();
    public DbSet<Families.FamilyCenterReferral> FamilyCenterReferrals => Set<Families.FamilyCenterReferral>();
    public DbSet<FosterCare.FosterFamily> FosterFamilies => Set<FosterCare.FosterFamily>();
    public DbSet<FosterCare.FosterCareReview> FosterCareReviews => Set<FosterCare.FosterCareReview>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();
    public DbSet<RecordChange> RecordChanges => Set<RecordChange>();

    /// <summary>
    /// The statement that serialises the transactions writing outbox events, run first in each; null
    /// where the database already runs one writer at a time (SQLite). Why: an identity is drawn at
    /// insert, not at commit, so two concurrent writers could commit positions 11 then 10, and a reader
    /// that had seen 11 and asks for "after 11" would never see 10. Holding one lock from before the
    /// insert until the commit makes position order commit order, so "after X" misses nothing. PostgreSQL
    /// needs none: a deferred trigger draws each event's final position at commit, under a transaction
    /// lock taken there (migration OutboxCommitOrder), so the lock is never held across a round trip.
    /// </summary>
    protected virtual string? OutboxLockSql => null;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
        RowScopes.Apply(modelBuilder, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text keep the database readable by other tools and stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(200);
        configurationBuilder.Properties<decimal>().HavePrecision(14, 2);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!StampChanges() || OutboxLockSql is not { } lockSql)
            return base.SaveChanges(acceptAllChangesOnSuccess);
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        Database.ExecuteSqlRaw(lockSql);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!StampChanges() || OutboxLockSql is not { } lockSql)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await Database.ExecuteSqlRawAsync(lockSql, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>Stamps the changed entities and adds the outbox events their changes raised; whether there are any.</summary>
    private bool StampChanges()
    {
        var now = Scope.Clock.GetUtcNow();
        var entries = ChangeTracker.Entries().Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached)).ToList();
        if (entries.Any(e => e.Entity is AuditEvent or RecordChange && e.State != EntityState.Added))
            throw new InvalidOperationException("The audit trail and the registry's history are append-only: their rows are never changed or deleted.");
        var tracked = ChangeTracker.Entries<AuditableEntity>().ToDictionary(e => (e.Metadata.ClrType, e.Entity.Id), e => e);
        var changed = new HashSet<EntityEntry<AuditableEntity>>();
        foreach (var entry in entries)
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
                SearchKeys.Refresh(entry);
            if (entry.Entity is AuditableEntity)
                changed.Add(tracked[(entry.Metadata.ClrType, ((AuditableEntity)entry.Entity).Id)]);
            else if (entry.Metadata.IsPropertyBag)
                changed.UnionWith(ChangeLog.ListOwners(entry).Select(tracked.GetValueOrDefault).OfType<EntityEntry<AuditableEntity>>());
            else
                changed.UnionWith(AggregateRoots(entry, tracked));
        }
        var events = new List<OutboxEvent>();
        foreach (var entry in changed.Where(e => e.State != EntityState.Deleted))
        {
            Stamp(entry.Entity, now, created: entry.State == EntityState.Added);
            events.AddRange(Raised(entry.Entity).Select(type => new OutboxEvent(type, entry.Metadata.ClrType.Name, entry.Entity.Id, entry.Entity.Version, now, Scope.Actor)));
        }
        OutboxEvents.AddRange(events);
        // After the stamps, so each row names the version its change produced.
        RecordChanges.AddRange(ChangeLog.Of(entries, now, Scope.Actor).Concat(ChangeLog.OfLists(entries, now, Scope.Actor)).ToList());
        return events.Count > 0;
    }

    // In the order raised: the version reached is the same for all of them.
    private static IEnumerable<ChangeType> Raised(AuditableEntity entity)
    {
        var raised = entity.TakeRaised();
        if (entity.ChangedOnSave is { } always && !raised.Contains(always))
            raised.Add(always);
        return raised;
    }

    // A part of an aggregate (household member, zone membership, owned address, score) has no
    // version of its own: changing it changes the version of the entity that owns it.
    private static IEnumerable<EntityEntry<AuditableEntity>> AggregateRoots(EntityEntry part, Dictionary<(Type, Guid), EntityEntry<AuditableEntity>> tracked) =>
        part.Metadata.GetForeignKeys()
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && fk.Properties.Count == 1 && !part.Metadata.IsPropertyBag)
            .Select(fk => (fk.PrincipalEntityType.ClrType, Key: part.Property(fk.Properties[0].Name).CurrentValue))
            .Where(root => root.Key is Guid)
            .Select(root => tracked.GetValueOrDefault((root.ClrType, (Guid)root.Key!)))
            .OfType<EntityEntry<AuditableEntity>>();

    private void Stamp(AuditableEntity entity, DateTimeOffset now, bool created)
    {
        if (created)
        {
            entity.CreatedAt = now;
            entity.CreatedBy = Scope.Actor;
        }
        entity.Version++;
        entity.UpdatedAt = now;
        entity.UpdatedBy = Scope.Actor;
    }
}
