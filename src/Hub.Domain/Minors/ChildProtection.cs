using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Services;

namespace Hub.Domain.Minors;

/// <summary>The rules shared by the records of a child-protection case (tutela minori).</summary>
public static class ChildProtection
{
    /// <summary>Age of majority in Italy (art. 2 c.c.).</summary>
    public const int MajorityAge = 18;

    /// <summary>The oldest age a minor has, in completed years.</summary>
    public const int OldestMinorAge = MajorityAge - 1;

    /// <summary>
    /// A person born after this date is a minor on <paramref name="day"/>: the one cut-off every rule and query uses, so a birth on
    /// 29 February comes of age on 1 March of a common year everywhere (the day after the anniversary that year lacks).
    /// </summary>
    public static DateOnly MinorsBornAfter(DateOnly day) => day.AddYears(-MajorityAge);

    /// <summary>Whether a person born on <paramref name="birthDate"/> is a minor on <paramref name="day"/> (<see cref="MinorsBornAfter"/>).</summary>
    public static bool IsMinorOn(DateOnly birthDate, DateOnly day) => birthDate > MinorsBornAfter(day);

    /// <summary>Completed years on <paramref name="day"/>, counted as <see cref="MinorsBornAfter"/> counts them (29 February: a year more on 1 March).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return day.AddYears(-age) < birthDate ? age - 1 : age;
    }

    /// <summary>Opens a case in area MINORS_FAMILIES for <paramref name="minor"/>, with the report that started it.</summary>
    /// <exception cref="DomainValidationException">The person was not a minor when reported.</exception>
    public static (CareCase Case, FirstReport Report) Open(Person minor, Guid zoneId, DateOnly reportedOn, ReportSource source, string? reportedBy, string? summary,
        DateOnly openedOn, DateOnly today)
    {
        if (!IsMinorOn(minor.BirthDate, reportedOn))
            throw new DomainValidationException("PersonId", "A child-protection case is for a minor: the person was of age when reported.");
        var careCase = new CareCase(minor.Id, zoneId, ServiceArea.MinorsFamilies, AccessChannel.ThirdParty, openedOn, today);
        return (careCase, new FirstReport(careCase, reportedOn, source, reportedBy, summary));
    }

    /// <summary>Refuses <paramref name="action"/> on a case that is not an open minors-and-families case.</summary>
    public static void EnsureCase(CareCase careCase, string action)
    {
        if (careCase.Area != ServiceArea.MinorsFamilies)
            throw new DomainValidationException("CareCaseId", $"Only a case of area MINORS_FAMILIES can {action}.");
        careCase.EnsureOpen(action);
    }
}
