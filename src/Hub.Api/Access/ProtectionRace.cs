using Hub.Api.GraphQL.Relay;
using Hub.Api.People;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Families;
using Hub.Domain.FosterCare;
using Hub.Domain.Minors;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.SocialRecord;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hub.Api.Access;

/// <summary>
/// One after the other: a Centro antiviolenza taking a woman under its protection, and a service starting to follow her (a case opened or
/// reopened, a placement, a discharge or access request, a family-centre referral, parental responsibility, a foster family), each of which
/// checks the other before saving. Run at once, both checks passed before either saved, and the zone kept a live case (red team 38), or the
/// hospital and ACOT a live request (red team 39), of a woman nobody but her centre may reach. So, in the save's transaction, each write locks
/// the persons it concerns and checks again: the take-over that no service follows her now (<see cref="ServicesFollowing"/>), the service
/// that no other centre protects her now. It costs a ward's filing two statements (the lock and the check).
/// </summary>
internal sealed class ProtectionRace
{
    private readonly HashSet<Guid> taken;
    private readonly HashSet<Guid> followed;
    private readonly HashSet<Guid> withHousehold;
    private readonly HashSet<Guid> households;

    private ProtectionRace(HashSet<Guid> taken, HashSet<Guid> followed, HashSet<Guid> withHousehold, HashSet<Guid> households) =>
        (this.taken, this.followed, this.withHousehold, this.households) = (taken, followed, withHousehold, households);

    /// <summary>Whether this change takes a woman or starts following someone, so its save must run <see cref="EnsureAsync"/> in its transaction.</summary>
    public bool Concerned => taken.Count + followed.Count + households.Count > 0;

    /// <summary>The persons the tracked changes take under a centre's protection or start following, read before the save.</summary>
    public static ProtectionRace Of(HubDbContext db)
    {
        var tracker = db.ChangeTracker;
        var taken = tracker.Entries<Person>()
            .Where(e => e.State == EntityState.Modified && e.Property(p => p.ProtectingCentreId).IsModified && e.Entity.ProtectingCentreId is not null)
            .Select(e => e.Entity.Id).ToHashSet();
        var cases = Added<CareCase>(tracker).Where(c => c.CentreId is null).ToList();
        var followed = cases.Select(c => c.PersonId)
            .Concat(tracker.Entries<CareCase>().Where(Reopened).Select(e => e.Entity.PersonId))
            .Concat(Added<Placement>(tracker).Where(p => p.Kind != PlacementKind.Shelter).Select(p => p.PersonId))
            .Concat(Added<DischargeRequest>(tracker).Select(d => d.PersonId))
            .Concat(Added<AccessRequest>(tracker).Select(r => r.PersonId).OfType<Guid>())
            .Concat(Added<FamilyCenterReferral>(tracker).Select(r => r.ChildId).OfType<Guid>())
            .Concat(Added<ParentalResponsibility>(tracker).Select(r => r.HolderId))
            .Concat(Added<FosterParent>(tracker).Select(p => p.PersonId))
            .ToHashSet();
        // A child's case and a household's referral follow the whole household (ServicesFollowing): its members are locked too.
        var withHousehold = cases.Where(c => c.Area == ServiceArea.MinorsFamilies).Select(c => c.PersonId).ToHashSet();
        var households = Added<FamilyCenterReferral>(tracker).Select(r => r.HouseholdId).OfType<Guid>().ToHashSet();
        return new(taken, followed, withHousehold, households);
    }

    /// <summary>
    /// Locks the rows of the persons concerned (and of the households a child's case or a referral follows) until the transaction ends,
    /// then checks again. Must run inside the save's transaction.
    /// </summary>
    /// <exception cref="IdentifierTakenException">A woman being taken is followed by a service now: registerPerson's refusal of a taken code.</exception>
    /// <exception cref="NotFoundException">A person being followed is protected by a centre now (other than the caller): as if never seen.</exception>
    public async Task EnsureAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var persons = taken.Concat(followed).ToList();
        if (withHousehold.Count + households.Count > 0)
        {
            var members = db.HouseholdMembers.IgnoreQueryFilters();
            var theirs = members.Where(m => withHousehold.Contains(m.PersonId)).Select(m => m.HouseholdId);
            persons.AddRange(await members.Where(m => households.Contains(m.HouseholdId) || theirs.Contains(m.HouseholdId)).Select(m => m.PersonId).ToListAsync(cancellationToken));
        }
        // A no-op update takes the rows' write locks (PostgreSQL, SQL Server; SQLite's database lock), so the other side waits for this commit.
        await db.Persons.IgnoreQueryFilters().Where(p => persons.Contains(p.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Version, p => p.Version), cancellationToken);
        if (taken.Count > 0 && (await ServicesFollowing.AmongAsync(db, taken, cancellationToken)).Count > 0)
            throw PersonMutations.CodeTaken(taken.First());
        var centre = db.Scope.Caller.OrganizationId;
        var hidden = followed.Count == 0 ? null : await db.Persons.IgnoreQueryFilters()
            .Where(p => followed.Contains(p.Id) && p.ProtectingCentreId != null && p.ProtectingCentreId != centre).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (hidden is { } protectedNow)
            throw new NotFoundException(nameof(Person), GlobalId.Encode(nameof(Person), protectedNow));
    }

    private static IEnumerable<T> Added<T>(ChangeTracker tracker) where T : class =>
        tracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);

    private static bool Reopened(EntityEntry<CareCase> entry) =>
        entry.State == EntityState.Modified && entry.Entity.IsOpen && !CareCase.OpenStatuses.Contains((CareCaseStatus)entry.Property(c => c.Status).OriginalValue);
}
