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
    public DischargeRequestType() : base("DischargeRequest", "A protected-discharge request from a hospital ward to the zone's ACOT (segnalazione di dimissione protetta). Sensitivity: HEALTH.")
    {
        Field<NonNullGraphType<OrganizationType>>("hospital").Description("The requesting hospital (presidio ospedaliero). Sensitivity: PUBLIC.").Sensitive(Sensitivity.Public)
            .Resolve(context => context.LoadById<Organization>(context.Source.HospitalOrganizationId));
        Field(d => d.Ward).Description("The ward (reparto). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal);
        Field(d => d.AdmissionReference).Description("The hospital's admission number (numero nosologico). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal);
        Field<NonNullGraphType<PersonType>>("person").Description("The patient (paziente). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal)
            .Resolve(context => context.LoadById<Person>(context.Source.PersonId));
        Field<NonNullGraphType<ZoneType>>("zone").Description("The zone whose ACOT handles it (zona-distretto). Sensitivity: PUBLIC.").Sensitive(Sensitivity.Public)
            .Resolve(context => context.LoadById<Zone>(context.Source.ZoneId));
        Field(d => d.SubmittedOn).Description("When the ward filed it (data di invio). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal);
        Field(d => d.ExpectedDischargeOn).Description("Expected discharge date (data prevista di dimissione). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal);
        Field(d => d.Needs).Description("Care needs at discharge (bisogni assistenziali). Sensitivity: HEALTH.").Sensitive(Sensitivity.Health);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aids").Description("Aids needed at home (ausili). Sensitivity: HEALTH.")
            .Sensitive(Sensitivity.Health).Resolve(context => context.Source.Aids);
        Field(d => d.ProposedSetting).Description("The setting the ward proposes (setting proposto). Sensitivity: HEALTH.").Sensitive(Sensitivity.Health);
        Field(d => d.Status).Description("State of the request (stato della segnalazione). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal);
        Field<CareCaseType>("careCase").Description("The case the zone opened or linked (presa in carico). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social)
            .Resolve(context => context.LoadById<CareCase>(context.Source.CareCaseId));
        Field(d => d.AssessmentOutcome, nullable: true).Description("Outcome of the assessment (esito della valutazione). Sensitivity: HEALTH.").Sensitive(Sensitivity.Health);
        Field(d => d.DefinedSetting, nullable: true).Description("The pathway decided (percorso definito). Sensitivity: HEALTH.").Sensitive(Sensitivity.Health);
        Field(d => d.ScheduledOn, nullable: true).Description("Date set for the discharge (data programmata). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal);
        Field(d => d.DischargedOn, nullable: true).Description("When the patient left hospital (data di dimissione). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal);
        Field(d => d.CancellationReason, nullable: true).Description("Why it was cancelled (motivo di annullamento). Sensitivity: PERSONAL.").Sensitive(Sensitivity.Personal);
    }
}
