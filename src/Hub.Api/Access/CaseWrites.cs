using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Documents;
using Hub.Domain.FosterCare;
using Hub.Domain.Persistence;
using Hub.Domain.SocialRecord;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hub.Api.Access;

/// <summary>
/// The rules every write to a case's record obeys, checked once on what a mutation is about to save rather than in
/// each mutation, so a new mutation cannot forget them. The record is the case and whatever belongs to it: its
/// assessments, plans and their interventions, reviews, diary, history, child-protection records and the documents
/// attached to any of them.
/// <list type="bullet">
/// <item>While a transfer waits, territorial staff write the record only if they serve the case's own zone or are on its
/// team today: the receiving zone sees the case to decide the transfer (accept or decline), and holds nothing of it until it accepts.</item>
/// <item>A closed or cancelled case's record takes no write until the case is reopened (reopenCase): the cartella is archived.</item>
/// <item>Only the staff of the case's own zone (for a Centro antiviolenza's case, the centre's operators) dispose of the case (<see cref="CareCase.IsDisposedOfSinceLoaded"/>: its state, team, manager,
/// transfer, closing, cancelling, reopening), whichever mutation makes the change: a team member of another zone works on the case but
/// could otherwise add itself for good, or move the case to its own zone; the receiving side of a transfer only answers it.</item>
/// </list>
/// </summary>
internal static class CaseWrites
{
    private static readonly EntityState[] Writes = [EntityState.Added, EntityState.Modified, EntityState.Deleted];

    /// <summary>Checks the changes <paramref name="m"/> is about to save against each touched case as stored, before this change.</summary>
    /// <exception cref="ForbiddenException">
    /// The caller is the receiving side of a waiting transfer, and this is not its answer; or the change disposes of a case whose zone the caller does not serve.
    /// </exception>
    /// <exception cref="InvalidTransitionException">The case is closed or cancelled and this change does not reopen it.</exception>
    public static async Task EnsureAllowedAsync(MutationContext m)
    {
        var (db, caller, today) = (m.Db, m.Db.Scope.Caller, m.Today);
        if (caller.Unrestricted)
            return;
        var touched = await TouchedAsync(db, caller, m.CancellationToken);
        if (touched.Count == 0)
            return;
        var disposed = Disposed(db);
        // As stored: a change that clears the transfer (closing the case) or the closure (reopening it) is judged on what it changes.
        var cases = await db.CareCases.AsNoTracking().Where(c => touched.Contains(c.Id)).Select(c => new
        {
            c.Id, c.Status, TransferTo = (Guid?)c.Transfer!.ToZoneId,
            // A centre's case is the centre's to dispose of, not its zone's: a zone worker on the team it names works on it, no more.
            ServesZone = c.CentreId == null && db.Zones.Any(z => z.Id == c.ZoneId && caller.ZoneCodes.Contains(z.Code)),
            OnTeam = c.Team.Any(t => t.StaffMemberId == caller.StaffMemberId && t.From <= today && (t.To == null || t.To > today)),
        }).ToListAsync(m.CancellationToken);
        var zoneStaff = (caller.Reach & RoleGrant.ZoneReach) != 0;
        foreach (var stored in cases)
        {
            if (!CareCase.OpenStatuses.Contains(stored.Status) && db.ChangeTracker.Entries<CareCase>().All(e => e.Entity.Id != stored.Id || !e.Entity.IsOpen))
                throw new InvalidTransitionException(nameof(CareCase), stored.Status.ToString(), "take changes to its record (reopen it first: reopenCase)");
            if (!zoneStaff || stored.ServesZone || m.AnswersTransfer)
                continue;
            if (stored.TransferTo is not null && !stored.OnTeam)
                throw new ForbiddenException("A transfer of this case waits for your zone: until you accept it (acceptCaseTransfer) the case is its own zone's, "
                    + "and you may only read it and accept or decline the transfer.");
            if (disposed.Contains(stored.Id))
                throw new ForbiddenException("Only the staff of the case's own zone change its state, its team, its manager or ask its transfer: "
                    + "as a member of its team from another zone you work on the case but do not dispose of it.");
        }
    }

    /// <summary>The cases this change disposes of: a transition other than a plan's coming into force, or a change of the team.</summary>
    private static HashSet<Guid> Disposed(HubDbContext db)
    {
        // Any stored case, changed or not: a transition may touch only owned or child rows (a transfer asked), leaving the case's own row Unchanged.
        var disposed = db.ChangeTracker.Entries<CareCase>().Where(e => e.State != EntityState.Added && e.Entity.IsDisposedOfSinceLoaded()).Select(e => e.Entity.Id).ToHashSet();
        foreach (var member in db.ChangeTracker.Entries<CaseTeamMember>().Where(e => Writes.Contains(e.State)))
            if (CaseOf(member) is { } owner)
                disposed.Add(owner);
        return disposed;
    }

    /// <summary>The existing cases whose record the tracked changes write (a case opened by this change has no past to guard).</summary>
    private static async Task<List<Guid>> TouchedAsync(HubDbContext db, Caller caller, CancellationToken ct)
    {
        var (cases, plans, assessments, interventions, placements) = (new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>());
        foreach (var entry in db.ChangeTracker.Entries().Where(e => Writes.Contains(e.State)))
            switch (entry.Entity)
            {
                case CareCase c when entry.State != EntityState.Added:
                    cases.Add(c.Id);
                    break;
                case Intervention i:
                    plans.Add(i.CarePlanId);
                    break;
                // A structure's provider runs its guests' stays (admission, absence, discharge) whatever the case's state; every other
                // change of a placement (asking, offering, cancelling, an affido begun, reviewed or ended) is the case's decision.
                case Placement when caller.ReachesGuests:
                    break;
                case Placement p:
                    interventions.Add(p.InterventionId);
                    break;
                case FosterCareReview r:
                    placements.Add(r.PlacementId);
                    break;
                case Document { CareCaseId: { } caseId }:
                    cases.Add(caseId);
                    break;
                case Document { CarePlanId: { } planId }:
                    plans.Add(planId);
                    break;
                case Document { AssessmentId: { } assessmentId }:
                    assessments.Add(assessmentId);
                    break;
                // Access and discharge requests name the case they led to; they are the desk's and the hospital's records.
                case AccessRequest or DischargeRequest:
                    break;
                default:
                    if (CaseOf(entry) is { } owner)
                        cases.Add(owner);
                    break;
            }
        // Each lookup only when needed: most changes name their case directly, and a mutation's statements are counted (DESIGN §7).
        if (placements.Count > 0)
            interventions.UnionWith(await db.Placements.Where(p => placements.Contains(p.Id)).Select(p => p.InterventionId).ToListAsync(ct));
        if (interventions.Count > 0)
            plans.UnionWith(await db.Interventions.Where(i => interventions.Contains(i.Id)).Select(i => i.CarePlanId).ToListAsync(ct));
        if (plans.Count > 0)
            cases.UnionWith(await db.CarePlans.Where(p => plans.Contains(p.Id)).Select(p => p.CareCaseId).ToListAsync(ct));
        if (assessments.Count > 0)
            cases.UnionWith(await db.Assessments.Where(a => assessments.Contains(a.Id)).Select(a => a.CareCaseId).ToListAsync(ct));
        return [.. cases];
    }

    // Every record that belongs to one case says so by a required CareCaseId (a team membership by its owner's key).
    private static Guid? CaseOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("CareCaseId") is { IsNullable: false } property && entry.CurrentValues[property] is Guid id ? id : null;
}
