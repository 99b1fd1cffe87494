using Hub.Domain.Care;
using Hub.Domain.Minors;

namespace Hub.Domain.Seeding;

/// <summary>
/// The child-protection records of a seeded minors-and-families case: the report that opened it and,
/// for some, a decree of the court with a report due (some overdue, some filed). It draws from a
/// random source of its own, so adding it left every other seeded record as it was.
/// </summary>
internal sealed class ChildProtectionWriter(DateOnly today)
{
    private static readonly (ReportSource, int)[] Sources =
    [
        (ReportSource.School, 35), (ReportSource.HealthService, 20), (ReportSource.Police, 15), (ReportSource.Court, 10),
        (ReportSource.Family, 10), (ReportSource.SocialServices, 7), (ReportSource.Other, 3),
    ];

    private static readonly (CourtMeasureKind, int)[] Kinds =
    [
        (CourtMeasureKind.EntrustmentToSocialService, 40), (CourtMeasureKind.Prescriptions, 20), (CourtMeasureKind.LimitationOfParentalResponsibility, 15),
        (CourtMeasureKind.CommunityPlacement, 10), (CourtMeasureKind.FosterCarePlacement, 10), (CourtMeasureKind.EmergencyRemoval, 5),
    ];

    private readonly SeedRandom random = new(17_017);
    private int decrees;

    /// <summary>The records of <paramref name="careCase"/>, written while it is open: a decree of <paramref name="decree"/>'s kind when given, else of a kind drawn for about half.</summary>
    public IEnumerable<object> For(CareCase careCase, CourtMeasureKind? decree = null)
    {
        yield return new FirstReport(careCase, careCase.OpenedOn.AddDays(-random.Between(0, 10)), random.Weighted(Sources), null, null);
        if (decree is null && !random.Chance(0.5))
            yield break;
        var decreedOn = random.DateBetween(careCase.OpenedOn, today);
        var measure = new CourtMeasure(careCase, CourtAuthority.JuvenileCourt, decree ?? random.Weighted(Kinds), $"R.G. {++decrees}/{decreedOn.Year} V.G.", decreedOn, null, today);
        yield return measure;
        var deadline = measure.SetDeadline("Relazione di aggiornamento", decreedOn.AddMonths(6));
        // Reports due in the past are mostly filed, a few days either side of the date; some are still pending: overdue.
        if (deadline.DueOn < today && random.Chance(0.8))
            deadline.File(measure, SeedDates.Min(deadline.DueOn.AddDays(random.Between(-15, 10)), today), $"Prot. {decrees}/{deadline.DueOn.Year}", today);
        yield return deadline;
    }
}
