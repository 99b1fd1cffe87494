using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

/// <summary>The graph type of a care plan.</summary>
[ListArguments(typeof(CarePlanFilterInputType), typeof(CarePlanSortInputType))]
public sealed class CarePlanGraphType : EntityGraphType<CarePlan>
{
    public CarePlanGraphType() : base("CarePlan", "A personalised care plan (PAP, PAI or Progetto di vita; FHIR CarePlan) with its interventions. Sensitivity: PERSONAL for its outline (type, state, interventions), which the hospital reads; the rest SOCIAL.")
    {
        Field<NonNullGraphType<CareCaseType>>("careCase").Description("The case it belongs to (presa in carico).").Sensitive(Sensitivity.Social)
            .Resolve(context => context.LoadById<CareCase>(context.Source.CareCaseId));
        Field(p => p.Type).Description("PAP, PAI or Progetto di vita (tipo di piano).").Sensitive(Sensitivity.Personal);
        Field(p => p.Revision).Description("Version number: 1, then +1 per revision (versione).").Sensitive(Sensitivity.Personal);
        Field<CarePlanGraphType>("previousPlan").Description("The version this one revises (versione precedente).").Sensitive(Sensitivity.Social)
            .Resolve(context => context.LoadById<CarePlan>(context.Source.PreviousPlanId));
        Field(p => p.Goals).Description("Goals of the plan (obiettivi).").Sensitive(Sensitivity.Social);
        Field(p => p.Status).Description("State of the plan (stato del piano).").Sensitive(Sensitivity.Personal);
        Field<AssessmentType>("assessment").Description("The assessment the plan was activated on (valutazione di riferimento).")
            .Sensitive(Sensitivity.Health).Resolve(context => context.LoadById<Assessment>(context.Source.AssessmentId));
        Field(p => p.SignedBy, nullable: true).Description("Who signed it (firmato da).").Sensitive(Sensitivity.Social);
        Field(p => p.SignedAt, nullable: true).Description("When it was signed (data di firma).").Sensitive(Sensitivity.Social);
        Field(p => p.ReviewDue, nullable: true).Description("When it must be reviewed (data di verifica).").Sensitive(Sensitivity.Social);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterventionType>>>>("interventions").Description("Its interventions (interventi).")
            .Sensitive(Sensitivity.Personal).FewPerParent()
            .Resolve(context => context.LoadChildren<Intervention>("interventions by plan", context.Source.Id, i => i.CarePlanId, q => q.OrderBy(i => i.StartsOn).ThenBy(i => i.Id)));
    }
}
