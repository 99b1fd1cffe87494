using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Territory;

namespace Hub.Api.Care;

[ListArguments(typeof(CareCaseFilterInputType), typeof(CareCaseSortInputType))]
public sealed class CareCaseType : EntityGraphType<CareCase>
{
    public CareCaseType() : base("CareCase", "A case (presa in carico): one person followed by a zone's services in one area (FHIR EpisodeOfCare). Sensitivity: SOCIAL.")
    {
        Field<NonNullGraphType<PersonType>>("person").Description("The person in care (assistito). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal)
            .Resolve(context => context.LoadById<Person>(context.Source.PersonId));
        Field<NonNullGraphType<ZoneType>>("zone").Description("The zone-distretto in charge (zona-distretto).").Sensitive(Sensitivity.Public)
            .Resolve(context => context.LoadById<Zone>(context.Source.ZoneId));
        Field(c => c.Area).Description("Area of need (area di intervento). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field(c => c.AccessChannel).Description("How the case reached the services (canale di accesso). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field(c => c.Status).Description("State of the case (stato della presa in carico). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field<StaffMemberType>("caseManager").Description("The case manager to call (responsabile del caso). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal)
            .Resolve(context => context.LoadById<StaffMember>(context.Source.CaseManagerId));
        Field(c => c.OpenedOn).Description("When the case was opened (data di apertura). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field(c => c.ClosedOn, nullable: true).Description("When it was closed or cancelled (data di chiusura). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field(c => c.ClosureReason, nullable: true).Description("Why it was closed (motivo di chiusura). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field(c => c.Notes, nullable: true).Description("The social worker's notes (diario sociale). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        // Child lists state the rows they hold per parent on average, so the complexity limit judges
        // a case → plans → interventions → placements query by realistic sizes, not the analyzer's default of 5.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessmentType>>>>("assessments").Description("Its UVM assessments, newest first (valutazioni). Sensitivity: HEALTH.")
            .WithComplexityImpact(1, 3).Sensitive(Sensitivity.Health)
            .Resolve(context => context.LoadChildren<Assessment>("assessments by case", context.Source.Id, a => a.CareCaseId, q => q.OrderByDescending(a => a.AssessedOn)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarePlanGraphType>>>>("carePlans").Description("Its care plans, every version, newest first (PAP). Sensitivity: SOCIAL.")
            .WithComplexityImpact(1, 2).Sensitive(Sensitivity.Social)
            .Resolve(context => context.LoadChildren<CarePlan>("plans by case", context.Source.Id, p => p.CareCaseId, q => q.OrderByDescending(p => p.Revision)));
    }
}
