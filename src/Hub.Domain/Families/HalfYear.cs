using System.ComponentModel;
using Hub.Domain.Common;

namespace Hub.Domain.Families;

/// <summary>A half-year (semestre), the period of the list a community sends to the Procura (art. 9 c.2 L. 184/1983).</summary>
public sealed record HalfYear
{
    /// <summary>The years a half-year may fall in: those of the days a record can fall on (<see cref="RecordDates"/>), 1900 to 2199.</summary>
    public static readonly int FirstYear = RecordDates.Earliest.Year, LastYear = RecordDates.Latest.Year;

    /// <exception cref="DomainValidationException">The year is outside <see cref="FirstYear"/>–<see cref="LastYear"/>.</exception>
    public HalfYear(int year, HalfOfYear half)
    {
        if (year < FirstYear || year > LastYear)
            throw new DomainValidationException("Year", $"The year must be between {FirstYear} and {LastYear}.");
        From = new DateOnly(year, half == HalfOfYear.First ? 1 : 7, 1);
        To = From.AddMonths(6).AddDays(-1);
    }

    /// <summary>Its first day (1 January or 1 July).</summary>
    public DateOnly From { get; }

    /// <summary>Its last day (30 June or 31 December).</summary>
    public DateOnly To { get; }
}
