using Hub.Domain.Common;
using Hub.Domain.Tests.Persistence;

namespace Hub.Domain.Tests.Common;

/// <summary>"Today" is the Italian date (issue 12 §1): around midnight and across both DST changes of 2026.</summary>
public sealed class BusinessClockTests
{
    private static DateOnly TodayAt(string utc) =>
        new BusinessClock(new TestClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture))).Today;

    [Theory]
    // 00:30 in Rome on 29 March (CET, UTC+1, the night the clocks go forward): the UTC date is still the 28th.
    [InlineData("2026-03-28T23:30:00Z", "2026-03-29")]
    [InlineData("2026-03-28T22:59:59Z", "2026-03-28")]
    [InlineData("2026-03-28T23:00:00Z", "2026-03-29")]
    // After the change (CEST, UTC+2): midnight in Rome is 22:00 UTC.
    [InlineData("2026-03-29T21:59:59Z", "2026-03-29")]
    [InlineData("2026-03-29T22:30:00Z", "2026-03-30")]
    // The night the clocks go back (25 October): 00:30 CEST is 22:30 UTC of the day before …
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25")]
    // … and the repeated hour 02:00–03:00 stays on the 25th whichever offset it has.
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25")]
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25")]
    // After it (CET again): midnight in Rome is 23:00 UTC.
    [InlineData("2026-10-25T22:59:59Z", "2026-10-25")]
    [InlineData("2026-10-25T23:30:00Z", "2026-10-26")]
    // New Year's Eve: 00:15 in Rome is still 2026 in UTC.
    [InlineData("2026-12-31T23:15:00Z", "2027-01-01")]
    public void Today_is_the_date_on_the_wall_in_Rome(string utc, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TodayAt(utc));

    [Fact]
    public void Another_configured_zone_gives_its_own_date()
    {
        var clock = new BusinessClock(new TestClock(new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero)), BusinessClock.Zone("UTC"));

        Assert.Equal(new DateOnly(2026, 3, 28), clock.Today);
    }

    [Fact]
    public void An_unknown_zone_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BusinessClock.Zone("Europe/Atlantis"));

        Assert.Contains(BusinessClock.ConfigurationKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_zone_configured_means_Europe_Rome() =>
        Assert.Equal("Europe/Rome", BusinessClock.Zone(null).Id);
}
