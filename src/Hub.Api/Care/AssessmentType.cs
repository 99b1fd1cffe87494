using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

[ListArguments(typeof(AssessmentFilterInputType), typeof(AssessmentSortInputType))]
public sealed class AssessmentType : EntityGraphType<Assessment>
{
    public AssessmentType() : base("Assessment", "A multidimensional assessment by the UVM (valutazione multidimensionale). Sensitivity: HEALTH.")
    {
        Field<NonNullGraphType<CareCaseType>>("careCase").Description("The case assessed (presa in carico). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social)
            .Resolve(context => context.LoadById<CareCase>(context.Source.CareCaseId));
        Field(a => a.Kind).Description("First, periodic or extraordinary (tipo di valutazione). Sensitivity: HEALTH.").Sensitive(Sensitivity.Health);
        Field(a => a.Instrument).Description("The instrument used, e.g. SVAMA (strumento). Sensitivity: HEALTH.").Sensitive(Sensitivity.Health);
        Field(a => a.CareNeedLevel).Description("Care-need level 1 (low) to 5 (livello di isogravità). Sensitivity: HEALTH.").Sensitive(Sensitivity.Health);
        Field(a => a.AssessedOn).Description("When the UVM met (data di valutazione). Sensitivity: HEALTH.").Sensitive(Sensitivity.Health);
        Field(a => a.RulesetVersion).Description("Version of the regional rules the level was computed under (versione regole). Sensitivity: HEALTH.").Sensitive(Sensitivity.Health);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessmentScoreType>>>>("scores").Description("Score per domain of the instrument (punteggi). Sensitivity: HEALTH.")
            .Sensitive(Sensitivity.Health).Resolve(context => context.Source.Scores);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffMemberType>>>>("members").Description("The UVM members who assessed (componenti UVM). Sensitivity: HEALTH.")
            .WithComplexityImpact(1, 3).Sensitive(Sensitivity.Health)
            .Resolve(context => context.LoadPerParent("members by assessment", context.Source.Id, async (db, keys, ct) =>
                (await db.Set<Dictionary<string, object>>("AssessmentMembers").Where(j => keys.Contains(EF.Property<Guid>(j, "AssessmentId")))
                    .Join(db.StaffMembers.AsNoTracking(), j => EF.Property<Guid>(j, "StaffMemberId"), s => s.Id,
                        (j, s) => new { Id = EF.Property<Guid>(j, "AssessmentId"), Member = s }).ToListAsync(ct))
                    .GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.Select(x => x.Member).OrderBy(m => m.LastName).ToList()))
                .Then(members => members ?? []));
    }
}

public sealed class AssessmentScoreType : ObjectGraphType<AssessmentScore>
{
    public AssessmentScoreType()
    {
        Name = "AssessmentScore";
        Description = "The score of one domain of the instrument (punteggio di dominio). Sensitivity: HEALTH.";
        Field(s => s.Domain).Description("The domain, e.g. ADL, IADL, cognitive (dominio).").Sensitive(Sensitivity.Health);
        Field(s => s.Score).Description("The score (punteggio).").Sensitive(Sensitivity.Health);
    }
}
