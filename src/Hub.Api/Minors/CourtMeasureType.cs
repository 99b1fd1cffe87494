using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Minors;

namespace Hub.Api.Minors;

/// <summary>A court measure: JUDICIAL, read by child-protection workers only.</summary>
public sealed class CourtMeasureType : EntityGraphType<CourtMeasure, CourtMeasureFilterInputType, CourtMeasureSortInputType>
{
    public CourtMeasureType() : base("A court's measure on a minor (provvedimento dell'autorità giudiziaria): authority, kind, decree, the reports it asks for.", Sensitivity.Judicial)
    {
        Reference<CareCaseType>("careCase", m => m.CareCaseId).Description("The child-protection case (presa in carico).");
        Field(m => m.Authority).Description("Who issued it (autorità giudiziaria).");
        Field(m => m.Kind).Description("What it orders (tipo di provvedimento).");
        Field(m => m.DecreeReference).Description("The decree's reference as the court writes it (estremi del decreto), e.g. R.G. 1234/2026 V.G.");
        Field(m => m.DecreedOn).Description("The decree's date (data del decreto).");
        Field(m => m.Notes, nullable: true).Description("What the decree says beyond its kind (dispositivo, in short).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourtDeadlineType>>>>("deadlines").Description("The reports it asks for, earliest due first (scadenze).")
            .FewPerParent().Resolve(context => context.LoadList(MinorsLoaders.DeadlinesByMeasure, context.Source.Id));
    }
}
