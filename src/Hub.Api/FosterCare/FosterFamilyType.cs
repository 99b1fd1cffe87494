using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.FosterCare;

namespace Hub.Api.FosterCare;

/// <summary>A family of the foster registry: SOCIAL (who offers to foster, their training and suitability), its adults PERSONAL.</summary>
public sealed class FosterFamilyType : EntityGraphType<FosterFamily, FosterFamilyFilterInputType, FosterFamilySortInputType>
{
    /// <summary>The family's affidi, latest start first.</summary>
    public static readonly SortOrder<Placement> AffidoOrder = SortOrder<Placement>.By("admittedOn", p => p.AdmittedOn, descending: true);

    public FosterFamilyType() : base("A family of the Centro Affidi's registry (famiglia affidataria): its adults, household, availability, training and suitability.", Sensitivity.Social)
    {
        Reference<ZoneType>("zone", f => f.ZoneId).Description("The zone whose Centro Affidi keeps it (zona-distretto).").Sensitive(Sensitivity.Public);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("parents").Description("The adults who foster, one or two, as the caller reaches them (affidatari).")
            .Sensitive(Sensitivity.Personal).FewPerParent().Reads().Resolve(context => context.LoadList(FosterCareLoaders.ParentsByFamily, context.Source.Id));
        Reference<HouseholdType>("household", f => f.HouseholdId).Description("The family's household, when registered (nucleo familiare).");
        Field(f => f.RegisteredOn).Description("When the family entered the registry (data di iscrizione).");
        Field(f => f.Status).Description("Candidate, suitable, not suitable, or withdrawn from the registry (stato).");
        Field<NonNullGraphType<FosterAvailabilityType>>("availability").Description("What the family offers (disponibilità).").Resolve(context => context.Source.Availability);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FosterTrainingType>>>>("trainings").Description("The training sessions attended, earliest first (formazione).")
            .Resolve(context => context.Source.Trainings.OrderBy(t => t.AttendedOn).ThenBy(t => t.Id));
        Field<SuitabilityAssessmentType>("suitability").Description("The latest suitability assessment; null until assessed (valutazione di idoneità).")
            .Resolve(context => context.Source.Suitability);
        this.ChildConnection<FosterFamily, Care.PlacementType, Placement>("affidi", "The minors placed with the family, latest start first (affidi).",
            db => db.Placements.Where(p => p.FosterFamilyId != null).Select(p => new Child<Placement> { ParentId = p.FosterFamilyId!.Value, Row = p }), AffidoOrder)
            .Sensitive(Sensitivity.Personal);
    }
}
