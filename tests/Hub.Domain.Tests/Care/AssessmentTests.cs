using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using static Hub.Domain.Care.CareCaseStatus;

namespace Hub.Domain.Tests.Care;

public sealed class AssessmentTests
{
    private static readonly CareCaseStatus[] Columns = [Referred, Assessing, Active, Suspended, Reassessing, Closed, Cancelled];

    // Which case states accept each kind of assessment: a first one while assessing, a periodic
    // one on an active or reassessing case, an extraordinary one on any open case.
#pragma warning disable format // the expectations are a grid: one column per state
    private static readonly Dictionary<AssessmentKind, bool[]> Accepts = new()
    {
        //                                Referred Assessing Active Suspended Reassessing Closed Cancelled
        [AssessmentKind.First] =         [false,   true,     false, false,    false,      false, false],
        [AssessmentKind.Periodic] =      [false,   false,    true,  false,    true,       false, false],
        [AssessmentKind.Extraordinary] = [true,    true,     true,  true,     true,       false, false],
    };
#pragma warning restore format

    public static TheoryData<AssessmentKind, CareCaseStatus> Accepted => Cells(accepted: true);

    public static TheoryData<AssessmentKind, CareCaseStatus> Rejected => Cells(accepted: false);

    [Fact]
    public void Expectations_cover_every_kind_and_case_state()
    {
        Assert.Equal(Enum.GetValues<CareCaseStatus>().Order(), Columns.Order());
        Assert.Equal(Enum.GetValues<AssessmentKind>().Order(), Accepts.Keys.Order());
        Assert.All(Accepts.Values, row => Assert.Equal(Columns.Length, row.Length));
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Record_accepts_the_kind_in_the_case_state(AssessmentKind kind, CareCaseStatus status)
    {
        var careCase = CareBuilders.CaseIn(status);

        var assessment = CareBuilders.RecordAssessment(careCase, kind);

        Assert.Equal(kind, assessment.Kind);
        Assert.Equal(status, careCase.Status);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Record_refuses_the_kind_in_the_case_state(AssessmentKind kind, CareCaseStatus status)
    {
        var careCase = CareBuilders.CaseIn(status);

        Assert.Throws<InvalidTransitionException>(() => CareBuilders.RecordAssessment(careCase, kind));

        Assert.Equal(status, careCase.Status);
    }

    [Fact]
    public void Record_keeps_case_person_level_scores_and_members()
    {
        var careCase = CareBuilders.CaseIn(Assessing);
        var member = CareBuilders.SocialWorker();

        var assessment = Assessment.Record(careCase, AssessmentKind.First, "SVAMA", 4, CareBuilders.Later, "RT-2026",
            [new AssessmentScore("ADL", 2m), new AssessmentScore("IADL", 1m)], [member], CareBuilders.Today);

        Assert.Equal(careCase.Id, assessment.CareCaseId);
        Assert.Equal(careCase.PersonId, assessment.PersonId);
        Assert.Equal(4, assessment.CareNeedLevel);
        Assert.Equal(CareBuilders.Later, assessment.AssessedOn);
        Assert.Equal(2, assessment.Scores.Count);
        Assert.Same(member, Assert.Single(assessment.Members));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Record_accepts_the_bounds_of_the_care_need_level(int level)
    {
        var careCase = CareBuilders.CaseIn(Assessing);

        var assessment = CareBuilders.RecordAssessment(careCase, careNeedLevel: level);

        Assert.Equal(level, assessment.CareNeedLevel);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Record_refuses_a_care_need_level_outside_1_to_5(int level)
    {
        var careCase = CareBuilders.CaseIn(Assessing);

        var error = Assert.Throws<DomainValidationException>(() => CareBuilders.RecordAssessment(careCase, careNeedLevel: level));

        Assert.Equal(nameof(Assessment.CareNeedLevel), error.Field);
    }

    [Fact]
    public void Record_refuses_an_assessment_without_members()
    {
        var careCase = CareBuilders.CaseIn(Assessing);

        var error = Assert.Throws<DomainValidationException>(() => Assessment.Record(careCase, AssessmentKind.First,
            "SVAMA", 3, CareBuilders.Later, "RT-2026", [], Array.Empty<StaffMember>(), CareBuilders.Today));

        Assert.Equal(nameof(Assessment.Members), error.Field);
    }

    [Fact]
    public void Record_refuses_a_date_before_the_case_was_opened()
    {
        var careCase = CareBuilders.CaseIn(Assessing);

        var error = Assert.Throws<DomainValidationException>(() => Assessment.Record(careCase, AssessmentKind.First,
            "SVAMA", 3, CareBuilders.OpenedOn.AddDays(-1), "RT-2026", [], [CareBuilders.SocialWorker()], CareBuilders.Today));

        Assert.Equal(nameof(Assessment.AssessedOn), error.Field);
    }

    [Fact]
    public void Record_accepts_the_opening_date()
    {
        var careCase = CareBuilders.CaseIn(Assessing);

        var assessment = Assessment.Record(careCase, AssessmentKind.First,
            "SVAMA", 3, CareBuilders.OpenedOn, "RT-2026", [], [CareBuilders.SocialWorker()], CareBuilders.Today);

        Assert.Equal(CareBuilders.OpenedOn, assessment.AssessedOn);
    }

    [Fact]
    public void Record_requires_an_instrument()
    {
        var careCase = CareBuilders.CaseIn(Assessing);

        var error = Assert.Throws<DomainValidationException>(() => Assessment.Record(careCase, AssessmentKind.First,
            " ", 3, CareBuilders.Later, "RT-2026", [], [CareBuilders.SocialWorker()], CareBuilders.Today));

        Assert.Equal(nameof(Assessment.Instrument), error.Field);
    }

    private static TheoryData<AssessmentKind, CareCaseStatus> Cells(bool accepted)
    {
        var data = new TheoryData<AssessmentKind, CareCaseStatus>();
        foreach (var (kind, row) in Accepts)
            for (var i = 0; i < Columns.Length; i++)
                if (row[i] == accepted)
                    data.Add(kind, Columns[i]);
        return data;
    }
}
