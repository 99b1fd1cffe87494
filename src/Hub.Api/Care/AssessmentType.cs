using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

public sealed class AssessmentType : EntityGraphType<Assessment, AssessmentFilterInputType, AssessmentSortInputType>
{
    /// <param name="extensions">Fields other features add (documents).</param>
    public AssessmentType(IEnumerable<ITypeExtension<AssessmentType>> extensions) : base("A multidimensional assessment by the UVM (valutazione multidimensionale).", Sensitivity.Health)
    {
        Reference<CareCaseType>("careCase", a => a.CareCaseId).Description("The case assessed (presa in carico).").Sensitive(Sensitivity.Social);
        Field(a => a.Kind).Description("First, periodic or extraordinary (tipo di valutazione).");
        Field(a => a.Subject).Description("Whom it assesses: the person, or by the UVM for minors the minor or the family (oggetto della valutazione).");
        Field(a => a.Instrument).Description("The instrument used, e.g. SVAMA (strumento).");
        Field(a => a.CareNeedLevel).Description("Care-need level 1 (low) to 5 (livello di isogravità).");
        Field(a => a.AssessedOn).Description("When the UVM met (data di valutazione).");
        Field(a => a.RulesetVersion).Description("Version of the regional rules the level was computed under (versione regole).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessmentScoreType>>>>("scores").Description("Score per domain of the instrument (punteggi).")
            .Resolve(context => context.Source.Scores);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffMemberType>>>>("members").Description("The UVM members who assessed (componenti UVM).")
            .FewPerParent().Resolve(context => context.LoadList(CareLoaders.MembersByAssessment, context.Source.Id));
        foreach (var extension in extensions)
            extension.AddFieldsTo(this);
    }
}

public sealed class AssessmentScoreType : HubObjectGraphType<AssessmentScore>
{
    public AssessmentScoreType() : base("AssessmentScore", "The score of one domain of the instrument (punteggio di dominio).", Sensitivity.Health)
    {
        Field(s => s.Domain).Description("The domain, e.g. ADL, IADL, cognitive (dominio).");
        Field(s => s.Score).Description("The score (punteggio).");
    }
}
