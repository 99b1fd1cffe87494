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

/// <summary>A value of the family: its field carries the sensitivity.</summary>
public sealed class FosterAvailabilityType : HubObjectGraphType<FosterAvailability>
{
    public FosterAvailabilityType() : base("FosterAvailability", "What a foster family offers (disponibilità): kinds of affido, ages, places.", Sensitivity.Social)
    {
        Field(a => a.FullTime).Description("Accepts full-time affidi (a tempo pieno).");
        Field(a => a.PartTime).Description("Accepts part-time affidi (a tempo parziale).");
        Field(a => a.Residential).Description("Accepts residential affidi: the minor lives with the family (residenziale).");
        Field(a => a.Daytime).Description("Accepts daytime affidi (diurno).");
        Field(a => a.MinAge).Description("Youngest age accepted, in years (età minima).");
        Field(a => a.MaxAge).Description("Oldest age accepted, in years, up to 17 (età massima).");
        Field(a => a.Places).Description("How many minors at once (posti).");
    }
}

public sealed class FosterTrainingType : HubObjectGraphType<FosterTraining>
{
    public FosterTrainingType() : base("FosterTraining", "A training session a foster family attended (formazione).", Sensitivity.Social)
    {
        Field(t => t.Course).Description("The course or meeting (corso).");
        Field(t => t.AttendedOn).Description("When it was attended (data).");
    }
}

public sealed class SuitabilityAssessmentType : HubObjectGraphType<SuitabilityAssessment>
{
    public SuitabilityAssessmentType() : base("SuitabilityAssessment", "A foster family's suitability assessment (valutazione di idoneità): outcome, date, by whom.", Sensitivity.Social)
    {
        Field(s => s.Outcome).Description("Suitable or not (esito).");
        Field(s => s.AssessedOn).Description("When (data della valutazione).");
        Reference<StaffMemberType>("assessedBy", s => s.AssessedById).Description("The staff member who assessed (valutatore).").Sensitive(Sensitivity.Public);
    }
}
