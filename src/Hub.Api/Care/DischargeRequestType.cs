using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

public sealed class DischargeRequestType : EntityGraphType<DischargeRequest, DischargeRequestFilterInputType, DischargeRequestSortInputType>
{
    /// <param name="extensions">Fields other features add (documents).</param>
    public DischargeRequestType(IEnumerable<ITypeExtension<DischargeRequestType>> extensions) : base("A protected-discharge request from a hospital ward to the zone's ACOT (segnalazione di dimissione protetta).", Sensitivity.Personal)
    {
        Reference<OrganizationType>("hospital", d => d.HospitalOrganizationId).Description("The requesting hospital (presidio ospedaliero).").Sensitive(Sensitivity.Public);
        Field(d => d.Ward).Description("The ward (reparto).");
        Field(d => d.AdmissionReference).Description("The hospital's admission number (numero nosologico).");
        Reference<PersonType>("person", d => d.PersonId).Description("The patient (paziente).");
        Reference<ZoneType>("zone", d => d.ZoneId).Description("The zone whose ACOT handles it (zona-distretto).").Sensitive(Sensitivity.Public);
        Field(d => d.SubmittedOn).Description("When the ward filed it (data di invio).");
        Field(d => d.ExpectedDischargeOn).Description("Expected discharge date (data prevista di dimissione).");
        Field(d => d.Needs).Description("Care needs at discharge (bisogni assistenziali).").Sensitive(Sensitivity.HealthSummary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aids").Description("Aids needed at home (ausili).")
            .Sensitive(Sensitivity.HealthSummary).Resolve(context => context.Source.Aids);
        Field(d => d.ProposedSetting).Description("The setting the ward proposes (setting proposto).").Sensitive(Sensitivity.HealthSummary);
        Field(d => d.Status).Description("State of the request (stato della segnalazione).");
        Reference<CareCaseType>("careCase", d => d.CareCaseId).Description("The case the zone opened or linked (presa in carico).").Sensitive(Sensitivity.Social);
        Field(d => d.AssessmentOutcome, nullable: true).Description("Outcome of the assessment (esito della valutazione).").Sensitive(Sensitivity.HealthSummary);
        Field(d => d.DefinedSetting, nullable: true).Description("The pathway decided (percorso definito).").Sensitive(Sensitivity.HealthSummary);
        Field(d => d.ScheduledOn, nullable: true).Description("Date set for the discharge (data programmata).");
        Field(d => d.DischargedOn, nullable: true).Description("When the patient left hospital (data di dimissione).");
        Field(d => d.CancellationReason, nullable: true).Description("Why it was cancelled (motivo di annullamento).");
        foreach (var extension in extensions)
            extension.AddFieldsTo(this);
    }
}
