using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Minors;

namespace Hub.Api.Minors;

/// <summary>A child-protection case's own records on <c>CareCase</c>: its first report, the adults responsible, the court's measures; an anti-violence case's shelter.</summary>
public sealed class CareCaseMinorsFields : ITypeExtension<CareCaseType>
{
    /// <summary>Oldest decree first, as the court's file reads.</summary>
    public static readonly SortOrder<CourtMeasure> MeasureOrder = SortOrder<CourtMeasure>.By("decreedOn", m => m.DecreedOn);

    public void AddFieldsTo(CareCaseType careCase)
    {
        careCase.Field<FirstReportType>("firstReport").Description("The report that opened a child-protection case (prima segnalazione); null for other cases.")
            .Sensitive(Sensitivity.Social).Resolve(context => context.Load(MinorsLoaders.ReportByCase, context.Source.Id));
        careCase.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParentalResponsibilityType>>>>("parentalResponsibilities")
            .Description("Who exercises parental responsibility for the minor: parents, guardian, curator (responsabilità genitoriale).")
            .Sensitive(Sensitivity.Social).FewPerParent().Resolve(context => context.LoadList(MinorsLoaders.ResponsibilitiesByCase, context.Source.Id));
        careCase.Field<AddressType>("shelter").Description("The protected address where the woman of an anti-violence case is hosted outside the centre's own shelters (a shelter outside the hub, a safe home): null to anyone but the centre that holds the case. A stay in the centre's shelter is a placement of kind SHELTER (placeInShelter).")
            .Sensitive(Sensitivity.Personal).Resolve(context => context.Load(MinorsLoaders.ShelterByCase, context.Source.Id).Then(shelter => shelter?.Address));
        careCase.ChildConnection<CareCase, CourtMeasureType, CourtMeasure>("courtMeasures",
            "The court's measures on the minor, oldest decree first (provvedimenti dell'autorità giudiziaria).",
            db => db.CourtMeasures.Select(m => new Child<CourtMeasure> { ParentId = m.CareCaseId, Row = m }), MeasureOrder).Sensitive(Sensitivity.Judicial);
    }
}
