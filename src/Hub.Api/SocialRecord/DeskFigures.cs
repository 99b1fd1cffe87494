using Hub.Api.Figures;
using Hub.Api.Planning;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.SocialRecord;

/// <summary>Information contacts counted per zone, desk, area and who asked, over a period; null when suppressed (<see cref="DeskFigures"/>).</summary>
public sealed record InformationContactCount(Guid ZoneId, Guid DeskId, ServiceArea Area, RequesterKind RequesterKind, int? Contacts) : ISuppressible
{
    /// <summary>The count is withheld: fewer than <see cref="SmallCells.MinimumPersons"/> contacts.</summary>
    public bool Suppressed => Contacts is null;
}

/// <summary>
/// How fast a desk answered the requests it received in a period (tempi di risposta): how many, how many answered,
/// the median and average days from receipt to answer of those answered, and how many went past their due date
/// (answered late, or still unanswered after it today).
/// </summary>
public sealed record AnswerTime(Guid ZoneId, Guid DeskId, int? Received, int? Answered, double? MedianDays, double? AverageDays, int? Overdue) : ISuppressible
{
    /// <summary>The figures are withheld: fewer than <see cref="SmallCells.MinimumPersons"/> requests received.</summary>
    public bool Suppressed => Received is null;
}

/// <summary>
/// The access desks' figures, computed inside the caller's row scope (a zone's staff over their zones, a desk over
/// its own). Contacts are counted by the database; answer times read the dates of the period's requests (no
/// personal data) and group them here, since a median has no portable SQL.
/// </summary>
/// <remarks>
/// Small cells are suppressed as the planning figures are (DESIGN §4, "planning figures suppress cells under 5 persons": the
/// hub's own threshold, above the Sistan rules' minimum of three; see <see cref="SmallCells"/>): a cell of
/// fewer than <see cref="SmallCells.MinimumPersons"/> contacts or requests has every figure null and <c>suppressed: true</c>,
/// since in a small comune's desk one contact about, say, gender violence in a month points at a person. Each contact or
/// request is counted as one person: a person counted twice only makes a cell look larger, so the rule errs towards
/// publishing, which is why the threshold is not lowered further.
/// </remarks>
public static class DeskFigures
{
    /// <summary>Contacts from <paramref name="from"/> to <paramref name="to"/>, both included, optionally of one zone or desk.</summary>
    public static async Task<List<InformationContactCount>> ContactsAsync(HubDbContext db, DateOnly from, DateOnly to, Guid? zone, Guid? desk, CancellationToken ct) =>
        (await db.InformationContacts.AsNoTracking()
            .Where(c => c.ContactOn >= from && c.ContactOn <= to && (zone == null || c.ZoneId == zone) && (desk == null || c.DeskOrganizationId == desk))
            .GroupBy(c => new { c.ZoneId, c.DeskOrganizationId, c.Area, c.RequesterKind })
            .Select(g => new { g.Key, Contacts = g.Count() })
            .OrderBy(g => g.Key.ZoneId).ThenBy(g => g.Key.DeskOrganizationId).ThenBy(g => g.Key.Area).ThenBy(g => g.Key.RequesterKind)
            .ToListAsync(ct))
        .ConvertAll(g => new InformationContactCount(g.Key.ZoneId, g.Key.DeskOrganizationId, g.Key.Area, g.Key.RequesterKind, SmallCells.Shown(g.Contacts, g.Contacts)));

    /// <summary>Answer times of the requests received from <paramref name="from"/> to <paramref name="to"/>, both included, judged on <paramref name="today"/>.</summary>
    public static async Task<List<AnswerTime>> AnswerTimesAsync(HubDbContext db, DateOnly from, DateOnly to, Guid? zone, Guid? desk, DateOnly today, CancellationToken ct)
    {
        var rows = await db.AccessRequests.AsNoTracking()
            .Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to && (zone == null || r.ZoneId == zone) && (desk == null || r.DeskOrganizationId == desk))
            .Select(r => new { r.ZoneId, r.DeskOrganizationId, r.ReceivedOn, r.AnsweredOn, r.DueOn })
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.ZoneId, r.DeskOrganizationId)).Select(g =>
            {
                var days = g.Where(r => r.AnsweredOn is not null).Select(r => r.AnsweredOn!.Value.DayNumber - r.ReceivedOn.DayNumber).Order().ToList();
                var overdue = g.Count(r => r.DueOn is { } due && (r.AnsweredOn is { } answered ? answered > due : today > due));
                var received = g.Count();
                return SmallCells.Shown(received, received) is null
                    ? new AnswerTime(g.Key.ZoneId, g.Key.DeskOrganizationId, null, null, null, null, null)
                    : new AnswerTime(g.Key.ZoneId, g.Key.DeskOrganizationId, received, days.Count, days.Count == 0 ? null : Median.Of(days), days.Count == 0 ? null : days.Average(), overdue);
            })
            .OrderBy(t => t.ZoneId).ThenBy(t => t.DeskId).ToList();
    }
}
