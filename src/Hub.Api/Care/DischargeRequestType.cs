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

[ListArguments(typeof(DischargeRequestFilterInputType), typeof(DischargeRequestSortInputType))]
public sealed class DischargeRequestType : EntityGraphType<DischargeRequest>
{
    public DischargeRequestType() : base("DischargeRequest", "A protected-discharge request from a hospital ward to the zone's ACOT (segnalazione di dimissione protetta): the ward's and the zone's HEALTH_SUMMARY, which the hospital sees for its own requests.")
    {
        Field<NonNullGraphType<OrganizationType>>("hospital").Description("The requesting hospital (presidio ospedaliero). Sensitivity: PUBLIC.").Sensitive(Sensitivity.Public)
            .Resolve(context => context.LoadById<Organization>(context.Source.HospitalOrganizationId));
        Field(d => d.Ward).Description("The ward (reparto).").Sensitive(Sensitivity.Personal);
        Field(d => d.AdmissionReference).Description("The hospital's admission number (numero nosologico).").Sensitive(Sensitivity.Personal);
        Field<NonNullGraphType<PersonType>>("person").Description("The patient (paziente).").Sensitive(Sensitivity.Personal)
            .Resolve(context => context.LoadById<Person>(context.Source.PersonId));
        Field<NonNullGraphType<ZoneType>>("zone").Description("The zone whose ACOT handles it (zona-distretto). Sensitivity: PUBLIC.").Sensitive(Sensitivity.Public)
            .Resolve(context => context.LoadById<Zone>(context.Source.ZoneId));
        Field(d => d.SubmittedOn).Description("When the ward filed it (data di invio).").Sensitive(Sensitivity.Personal);
        Field(d => d.ExpectedDischargeOn).Description("Expected discharge date (data prevista di dimissione).").Sensitive(Sensitivity.Personal);
        Field(d => d.Needs).Description("Care needs at discharge (bisogni assistenziali).").Sensitive(Sensitivity.HealthSummary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aids").Description("Aids needed at home (ausili).")
            .Sensitive(Sensitivity.HealthSummary).Resolve(context => context.Source.Aids);
        Field(d => d.ProposedSetting).Description("The setting the ward proposes (setting proposto).").Sensitive(Sensitivity.HealthSummary);
        Field(d => d.Status).Description("State of the request (stato della segnalazione).").Sensitive(Sensitivity.Personal);
        Field<CareCaseType>("careCase").Description("The case the zone opened or linked (presa in carico).").Sensitive(Sensitivity.Social)
            .Resolve(context => context.LoadById<CareCase>(context.Source.CareCaseId));
        Field(d => d.AssessmentOutcome, nullable: true).Description("Outcome of the assessment (esito della valutazione).").Sensitive(Sensitivity.HealthSummary);
        Field(d => d.DefinedSetting, nullable: true).Description("The pathway decided (percorso definito).").Sensitive(Sensitivity.HealthSummary);
        Field(d => d.ScheduledOn, nullable: true).Description("Date set for the discharge (data programmata).").Sensitive(Sensitivity.Personal);
        Field(d => d.DischargedOn, nullable: true).Description("When the patient left hospital (data di dimissione).").Sensitive(Sensitivity.Personal);
        Field(d => d.CancellationReason, nullable: true).Description("Why it was cancelled (motivo di annullamento).").Sensitive(Sensitivity.Personal);
    }
}
