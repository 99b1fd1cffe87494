using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

/// <summary>The graph type of a care plan. Its outline (type, state, interventions) is PERSONAL: the hospital reads it.</summary>
public sealed class CarePlanType : EntityGraphType<CarePlan, CarePlanFilterInputType, CarePlanSortInputType>
{
    /// <param name="extensions">Fields other features add (documents).</param>
    public CarePlanType(IEnumerable<ITypeExtension<CarePlanType>> extensions) : base("A personalised care plan (PAP, PAI or Progetto di vita; FHIR CarePlan) with its interventions.", Sensitivity.Social)
    {
        Reference<CareCaseType>("careCase", p => p.CareCaseId).Description("The case it belongs to (presa in carico).");
        Field(p => p.Type).Description("PAP, PAI or Progetto di vita (tipo di piano).").Sensitive(Sensitivity.Personal);
        Field(p => p.Revision).Description("Version number: 1, then +1 per revision (versione).").Sensitive(Sensitivity.Personal);
        Reference<CarePlanType>("previousPlan", p => p.PreviousPlanId).Description("The version this one revises (versione precedente).");
        Field(p => p.Goals).Description("Goals of the plan (obiettivi).");
        Field(p => p.Status).Description("State of the plan (stato del piano).").Sensitive(Sensitivity.Personal);
        Reference<AssessmentType>("assessment", p => p.AssessmentId).Description("The assessment the plan was activated on (valutazione di riferimento).")
            .Sensitive(Sensitivity.Health);
        Field(p => p.SignedBy, nullable: true).Description("Who signed it (firmato da).");
        Field(p => p.SignedAt, nullable: true).Description("When it was signed (data di firma).");
        Field(p => p.ReviewDue, nullable: true).Description("When it must be reviewed (data di verifica).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterventionType>>>>("interventions").Description("Its interventions (interventi).")
            .Sensitive(Sensitivity.Personal).FewPerParent()
            .Resolve(context => context.LoadList(CareLoaders.InterventionsByPlan, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanReviewType>>>>("reviews").Description("Its reviews, oldest first (verifiche).")
            .FewPerParent().Resolve(context => context.LoadList(CareLoaders.ReviewsByPlan, context.Source.Id));
        foreach (var extension in extensions)
            extension.AddFieldsTo(this);
    }
}
