using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

public sealed class CareCaseType : EntityGraphType<CareCase, CareCaseFilterInputType, CareCaseSortInputType>
{
    /// <param name="extensions">Fields other features add to a case (the social record: its diary).</param>
    public CareCaseType(IEnumerable<ITypeExtension<CareCaseType>> extensions) : base("A case (presa in carico): one person followed by a zone's services in one area (FHIR EpisodeOfCare).", Sensitivity.Social)
    {
        Reference<PersonType>("person", c => c.PersonId).Description("The person in care (assistito).").Sensitive(Sensitivity.Personal);
        Reference<ZoneType>("zone", c => c.ZoneId).Description("The zone-distretto in charge (zona-distretto).").Sensitive(Sensitivity.Public);
        Field(c => c.Area).Description("Area of need (area di intervento).");
        Field(c => c.AccessChannel).Description("How the case reached the services (canale di accesso).");
        Field(c => c.Status).Description("State of the case (stato della presa in carico).");
        Reference<StaffMemberType>("caseManager", c => c.CaseManagerId).Description("The case manager to call (responsabile del caso).").Sensitive(Sensitivity.Personal);
        Field(c => c.OpenedOn).Description("When the case was opened (data di apertura).");
        Field(c => c.ClosedOn, nullable: true).Description("When it was closed or cancelled (data di chiusura).");
        Field(c => c.ClosureReason, nullable: true).Description("Why it was closed (motivo di chiusura).");
        Field(c => c.Notes, nullable: true).Description("The social worker's notes (diario sociale).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessmentType>>>>("assessments").Description("Its UVM assessments, newest first (valutazioni).")
            .Sensitive(Sensitivity.Health).FewPerParent()
            .Resolve(context => context.LoadList(CareLoaders.AssessmentsByCase, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarePlanType>>>>("carePlans").Description("Its care plans, every version, newest first (PAP).")
            .FewPerParent().Resolve(context => context.LoadList(CareLoaders.PlansByCase, context.Source.Id));
        Field(c => c.Episode).Description("The episode: 1, then one more at each reopening (episodio).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseTransitionType>>>>("history").Description("Every change of state, in order, across episodes (storia del caso).")
            .FewPerParent().Resolve(context => context.LoadList(CareLoaders.HistoryByCase, context.Source.Id));
        foreach (var extension in extensions)
            extension.AddFieldsTo(this);
    }
}
