using Hub.Domain.Care;
using Hub.Domain.Families;
using Hub.Domain.FosterCare;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.People;

/// <summary>
/// Which persons a service follows today, so that a body that would take them on its own (a Centro antiviolenza's protection, which
/// hides her from every other body; a Centro Affidi's registry, which reaches her from then on) must not: their own case in course,
/// a placement in course, a discharge request or an access request not closed, a family-centre referral in course (hers as a child,
/// or her household's), parental responsibility for a child, a place in a foster family not withdrawn, or a member of her household
/// in an open minors-and-families case (the child-protection service keeps seeing the minor's household).
/// </summary>
/// <remarks>
/// Unscoped by design, every set of it: the services that follow her are the ones out of the asker's sight. So its answer is never
/// shown as such: whoever asks turns "followed" into the same refusal it gives an unknown or unfit codice fiscale, so that the answer
/// tells neither which service follows her nor that one does.
/// </remarks>
public static class ServicesFollowing
{
    private static readonly DischargeRequestStatus[] DischargesEnded = [DischargeRequestStatus.Discharged, DischargeRequestStatus.Cancelled];

    private static readonly ReferralOutcome[] ReferralsEnded = [ReferralOutcome.Concluded, ReferralOutcome.Declined];

    /// <summary>The persons among <paramref name="personIds"/> a service follows today, read in one statement.</summary>
    public static async Task<HashSet<Guid>> AmongAsync(HubDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
            return [];
        var members = db.HouseholdMembers;
        var followed = await db.Persons.IgnoreQueryFilters().Where(p => personIds.Contains(p.Id) && (
            db.CareCases.Any(c => CareCase.OpenStatuses.Contains(c.Status) && (c.PersonId == p.Id || c.Area == ServiceArea.MinorsFamilies
                && members.Any(mate => mate.PersonId == c.PersonId && members.Any(mine => mine.PersonId == p.Id && mine.HouseholdId == mate.HouseholdId))))
            || db.Placements.Any(pl => pl.PersonId == p.Id && Placement.ActiveStatuses.Contains(pl.Status))
            || db.DischargeRequests.Any(d => d.PersonId == p.Id && !DischargesEnded.Contains(d.Status))
            || db.AccessRequests.Any(r => r.PersonId == p.Id && r.Status == AccessRequestStatus.Received)
            || db.FamilyCenterReferrals.Any(r => !ReferralsEnded.Contains(r.Outcome)
                && (r.ChildId == p.Id || r.HouseholdId != null && members.Any(mine => mine.PersonId == p.Id && mine.HouseholdId == r.HouseholdId)))
            || db.ParentalResponsibilities.Any(r => r.HolderId == p.Id)
            || db.FosterFamilies.Any(f => f.Status != FosterFamilyStatus.Withdrawn && f.Parents.Any(fp => fp.PersonId == p.Id))))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        return [.. followed];
    }
}
