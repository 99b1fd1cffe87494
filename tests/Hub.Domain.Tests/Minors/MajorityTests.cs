using Hub.Domain.Care;
using Hub.Domain.Families;
using Hub.Domain.Minors;
using Hub.Domain.Structures;

namespace Hub.Domain.Tests.Minors;

/// <summary>One cut-off between minor and adult for every rule and query (review 34, item 8): a 29 February birth disagreed by a day.</summary>
public sealed class MajorityTests
{
    private static readonly DateOnly LeapBirth = new(2008, 2, 29);

    [Fact]
    public void A_birth_on_29_February_is_a_minor_on_28_February_of_the_eighteenth_year_and_of_age_on_1_March()
    {
        var eve = new DateOnly(2026, 2, 28);
        var day = new DateOnly(2026, 3, 1);

        Assert.Equal((true, false), (ChildProtection.IsMinorOn(LeapBirth, eve), ChildProtection.IsMinorOn(LeapBirth, day)));
        Assert.Equal((17, 18), (ChildProtection.AgeOn(LeapBirth, eve), ChildProtection.AgeOn(LeapBirth, day)));
        Assert.True(LeapBirth > ChildProtection.MinorsBornAfter(eve));
    }

    [Fact]
    public void A_community_still_takes_a_minor_born_on_29_February_on_28_February_of_the_eighteenth_year_as_the_queries_count_her()
    {
        var eve = new DateOnly(2026, 2, 28);

        var error = Record.Exception(() => Communities.EnsureFits(LeapBirth, InterventionKind.TemporaryResidential, StructureKind.MinorsCommunity, eve));

        Assert.Null(error);
        Assert.Throws<Hub.Domain.Common.DomainValidationException>(() =>
            Communities.EnsureFits(LeapBirth, InterventionKind.TemporaryResidential, StructureKind.MinorsCommunity, eve.AddDays(1)));
    }

    [Theory]
    [InlineData("2000-01-15", "2026-01-14", 25)]
    [InlineData("2000-01-15", "2026-01-15", 26)]
    [InlineData("2012-12-31", "2026-12-31", 14)]
    public void Age_is_counted_in_completed_years(string birth, string day, int age) =>
        Assert.Equal(age, ChildProtection.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
