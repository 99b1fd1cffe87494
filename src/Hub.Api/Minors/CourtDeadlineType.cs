using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Minors;

namespace Hub.Api.Minors;

/// <summary>A report due to the court: JUDICIAL like its measure.</summary>
public sealed class CourtDeadlineType : EntityGraphType<CourtDeadline, CourtDeadlineFilterInputType, CourtDeadlineSortInputType>
{
    public CourtDeadlineType() : base("A report a court measure asks for by a date (relazione al Tribunale): pending until filed, overdue while pending after its date.", Sensitivity.Judicial)
    {
        Reference<CourtMeasureType>("courtMeasure", d => d.CourtMeasureId).Description("The measure that set it (provvedimento).");
        Reference<CareCaseType>("careCase", d => d.CareCaseId).Description("The child-protection case (presa in carico).");
        Field(d => d.Description).Description("What the court asks for (oggetto), e.g. relazione di aggiornamento.");
        Field(d => d.DueOn).Description("When it is due (scadenza).");
        Field(d => d.Status).Description("PENDING or FILED (stato).");
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Still pending after its due date, today in the hub's time zone (scaduta).")
            .Resolve(context => context.Source.IsOverdue(context.RequestServices!.GetRequiredService<BusinessClock>().Today));
        Field(d => d.FiledOn, nullable: true).Description("When the report was filed (data di deposito).");
        Field(d => d.FiledReference, nullable: true).Description("The filed report's protocol reference (protocollo / deposito telematico).");
        Field<NonNullGraphType<BooleanGraphType>>("filedLate").Description("Filed after its due date (depositata in ritardo).").Resolve(context => context.Source.FiledLate);
    }
}
