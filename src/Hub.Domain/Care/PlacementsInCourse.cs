using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Care;

/// <summary>
/// One placement at a time: a person lives in one place for any day — a structure's residential module (RSA, RSD,
/// intermediate care, community for minors) or a foster family (affido). Every placement is built with the person's
/// placements that could overlap it, so no path (requestPlacement, startFosterCare, seeding) places a person twice; a
/// planned transfer names the placement it replaces, which ends when the new one begins, in the same transaction.
/// A day centre's place (a SEMI_RESIDENTIAL intervention) is no place to live: the person sleeps at home, so it neither
/// counts nor is refused.
/// </summary>
public sealed class PlacementsInCourse
{
    private readonly IReadOnlyList<Period> periods;

    // The day by which every placement out of the caller's sight is known to have ended: today, unless the caller knows an earlier one.
    private readonly DateOnly unseenEndedBy;

    private PlacementsInCourse(IReadOnlyList<Period> periods, DateOnly unseenEndedBy) => (this.periods, this.unseenEndedBy) = (periods, unseenEndedBy);

    /// <summary>
    /// The person's residential placements that hold or await a place, or held one until a day (discharged), read unscoped:
    /// the caller may not see them all, and every one counts. Only their ids, states and end days are read, for this rule,
    /// and nothing of them is returned; then which of them the caller's scope reaches (<see cref="AreFreeFrom"/>).
    /// </summary>
    public static async Task<PlacementsInCourse> ReadAsync(HubDbContext db, Guid personId, DateOnly today, CancellationToken cancellationToken)
    {
        var periods = await (
            from p in db.Placements.IgnoreQueryFilters()
            join i in db.Interventions.IgnoreQueryFilters() on p.InterventionId equals i.Id
            where p.PersonId == personId && i.Kind != InterventionKind.SemiResidential
                && (Placement.ActiveStatuses.Contains(p.Status) || p.Status == PlacementStatus.Discharged)
            select new Period(p.Id, p.Status, p.EndedOn, false)).ToListAsync(cancellationToken);
        if (periods.Count == 0)
            return new([], today);
        var ids = periods.Select(p => p.Id).ToList();
        var seen = await db.Placements.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        return new([.. periods.Select(p => p with { Seen = seen.Contains(p.Id) })], today);
    }

    /// <summary>The person's residential placements as known in memory (seeding, which writes them itself and reads none back; every one seen).</summary>
    public static PlacementsInCourse Of(Guid personId, IEnumerable<Placement> placements) =>
        new([.. placements.Where(p => p.PersonId == personId).Select(p => new Period(p.Id, p.Status, p.EndedOn, true))], DateOnly.MinValue);

    /// <summary>
    /// These placements, for a caller that knows that every one out of its sight had ended by <paramref name="day"/>: a protected woman's, for the
    /// centre that took her (<see cref="People.Person.ProtectedSince"/>; none was in course then, and nobody else reaches her to place her since).
    /// A start from that day on is then judged without them, so a backdated shelter stay tells the centre nothing of her placements before it.
    /// </summary>
    public PlacementsInCourse UnseenEndedBy(DateOnly day) => new(periods, day < unseenEndedBy ? day : unseenEndedBy);

    /// <summary>
    /// Whether a placement of the person from <paramref name="from"/> would overlap none of these, <paramref name="replaced"/> apart: none is
    /// in course, and none the caller sees ended after <paramref name="from"/>. One the caller does not see (another zone's case, a case it
    /// lost) counts whatever its end day for a start before today (or before <see cref="UnseenEndedBy"/>'s day), and never for a later one.
    /// </summary>
    /// <remarks>
    /// Why not its end day, as for those it sees: past start dates are accepted, so a caller who varied <paramref name="from"/> would
    /// binary-search the discharge day of a placement it cannot read. What the answer tells of an unseen one is only that the person was
    /// placed somewhere before today, and only to a caller who backdates a request.
    /// </remarks>
    public bool AreFreeFrom(DateOnly from, Placement? replaced = null) =>
        !periods.Any(p => p.Id != replaced?.Id && (Placement.ActiveStatuses.Contains(p.Status) || (p.Seen ? p.EndedOn > from : from < unseenEndedBy)));

    /// <summary>
    /// Refuses a placement of <paramref name="person"/> (whose placements these are) for <paramref name="intervention"/> from <paramref name="from"/> that would overlap another: one in course
    /// (asked for, offered, confirmed, admitted or absent) or one that ended after <paramref name="from"/> (<see cref="AreFreeFrom"/>). A transfer is the one
    /// overlap allowed: <paramref name="replaced"/>, a placement of the same person holding its place, ends when the new one begins.
    /// </summary>
    /// <exception cref="DomainValidationException">The person is placed already, or the replaced placement is another person's or holds no place.</exception>
    internal void EnsureFree(Guid person, InterventionKind intervention, DateOnly from, Placement? replaced)
    {
        if (intervention == InterventionKind.SemiResidential && replaced is null)
            return;
        if (replaced is not null && (replaced.PersonId != person || !replaced.HoldsPlace))
            throw new DomainValidationException("ReplacesPlacementId", "A transfer replaces a placement of the same person that holds its place now (ADMITTED or ABSENT).");
        if (!AreFreeFrom(from, replaced))
            throw new DomainValidationException("InterventionId",
                "The person is placed already (a structure's place asked for or taken, or an affido) on or after that day, or before today out of your sight: "
                + "end that placement first, name it as the one this placement transfers the person from (replacesPlacementId), or start from today.");
    }

    private sealed record Period(Guid Id, PlacementStatus Status, DateOnly? EndedOn, bool Seen);
}
