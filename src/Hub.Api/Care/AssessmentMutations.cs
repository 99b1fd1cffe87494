using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

[Description("A UVM assessment to record (valutazione multidimensionale).")]
public sealed record RecordAssessmentInput(
    [property: Id, Description("The case assessed (CareCase id).")] string CareCaseId,
    [property: Description("First, periodic or extraordinary.")] AssessmentKind Kind,
    [property: Column<Assessment>(nameof(Assessment.Instrument)), Description("The instrument, e.g. SVAMA (strumento).")] string Instrument,
    [property: Description("Care-need level 1 to 5 (livello di isogravità).")] int CareNeedLevel,
    [property: Description("When the UVM met; today when omitted.")] DateOnly? AssessedOn,
    [property: Column<Assessment>(nameof(Assessment.RulesetVersion)), Description("Version of the regional rules applied (versione regole).")] string RulesetVersion,
    [property: Description("Score per domain of the instrument (punteggi).")] IReadOnlyList<AssessmentScoreInput> Scores,
    [property: Id, Description("The UVM members (StaffMember ids); at least one.")] IReadOnlyList<string> MemberIds,
    [property: Description("Whom it assesses: PERSON when omitted; the UVM for minors assesses the MINOR and the FAMILY of a MINORS_FAMILIES case.")] AssessmentSubject? Subject = null);

[Description("The score of one domain of the instrument.")]
public sealed record AssessmentScoreInput(
    [property: Column<AssessmentScore>(nameof(AssessmentScore.Domain)), Description("The domain, e.g. ADL (dominio).")] string Domain,
    [property: Column<AssessmentScore>(nameof(AssessmentScore.Score)), Description("The score (punteggio).")] decimal Score);

/// <summary>Recording UVM assessments.</summary>
public sealed class AssessmentMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<RecordAssessmentInput, AssessmentPayloadType>("recordAssessment",
            "Records a UVM assessment of a case: a FIRST one while it is ASSESSING, a PERIODIC one when ACTIVE or REASSESSING; of the person, or by the UVM for minors of the minor or the family (registrazione valutazione).",
            Permission.RecordAssessments, async (m, input) =>
            {
                var careCase = await m.Find<CareCase>(input.CareCaseId);
                var memberKeys = input.MemberIds.Select(MutationContext.KeyOf<StaffMember>).Distinct().ToList();
                var members = await m.Db.StaffMembers.Where(s => memberKeys.Contains(s.Id)).ToListAsync(m.CancellationToken);
                if (members.Count != memberKeys.Count)
                    throw new Domain.Common.NotFoundException(nameof(StaffMember), input.MemberIds.First(id => !members.Any(s => s.Id == MutationContext.KeyOf<StaffMember>(id))));
                var assessment = Assessment.Record(careCase, input.Kind, input.Instrument, input.CareNeedLevel, input.AssessedOn ?? m.Today, input.RulesetVersion,
                    input.Scores.Select(s => new AssessmentScore(s.Domain, s.Score)), members, m.Today, input.Subject ?? AssessmentSubject.Person);
                m.Db.Assessments.Add(assessment);
                return assessment;
            });
}
