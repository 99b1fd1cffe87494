using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Care;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Services;
using Hub.Api.Structures;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

/// <summary>An access request: SOCIAL, since asking for social help says something of a person's life; identity is PERSONAL.</summary>
public sealed class AccessRequestType : EntityGraphType<AccessRequest, AccessRequestFilterInputType, AccessRequestSortInputType>
{
    public AccessRequestType() : base("A request for social help received at a desk (domanda / segnalazione al segretariato sociale o sportello sociale).", Sensitivity.Social)
    {
        Reference<OrganizationType>("desk", r => r.DeskOrganizationId).Description("The organisation whose desk received it (sportello).").Sensitive(Sensitivity.Public);
        Reference<StructureType>("accessPoint", r => r.AccessPointId).Description("The access point where it was received (Punto Insieme), when one.").Sensitive(Sensitivity.Public);
        Reference<ZoneType>("zone", r => r.ZoneId).Description("The zone-distretto whose staff answer it.").Sensitive(Sensitivity.Public);
        Field(r => r.RequesterKind).Description("Who asked (richiedente).");
        Field(r => r.RequesterName, nullable: true).Description("Who asked, in words, when not the person.").Sensitive(Sensitivity.Personal);
        Reference<PersonType>("person", r => r.PersonId).Description("The registered person it is for; null while only the minimal identity is known.").Sensitive(Sensitivity.Personal);
        Field(r => r.FirstName).Description("First name as stated at the desk (nome).").Sensitive(Sensitivity.Personal);
        Field(r => r.LastName).Description("Surname as stated at the desk (cognome).").Sensitive(Sensitivity.Personal);
        Field(r => r.BirthDate, nullable: true).Description("Birth date as stated, when given (data di nascita).").Sensitive(Sensitivity.Personal);
        Reference<MunicipalityType>("residence", r => r.ResidenceMunicipalityId).Description("The comune of residence the residency rule was checked against.").Sensitive(Sensitivity.Personal);
        Reference<ServiceType>("service", r => r.ServiceId).Description("The service asked for (prestazione richiesta).");
        Field(r => r.Area).Description("Area of need (area di intervento).");
        Field(r => r.ReceivedOn).Description("When it was received (data di ricezione).");
        Field(r => r.DueOn, nullable: true).Description("The answer is due by this day: received on plus the service's maximum wait (termine di risposta); null when the service sets none.");
        Field(r => r.Status).Description("State of the request.");
        Field(r => r.AnsweredOn, nullable: true).Description("When it was answered (data di risposta).");
        Field(r => r.DaysToAnswer, nullable: true).Description("Days from receipt to answer (tempo di risposta); null while unanswered.");
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Still unanswered after its due date, today in the hub's time zone (scaduta).")
            .Resolve(context => context.Source.IsOverdueOn(context.RequestServices!.GetRequiredService<BusinessClock>().Today));
        Field(r => r.Outcome, nullable: true).Description("The answer in words: the information given, where it was referred, why it is not eligible or was withdrawn (esito).");
        Reference<CareCaseType>("careCase", r => r.CareCaseId).Description("The case opened on it (presa in carico).");
    }
}
