using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.Registry;
using Hub.Api.Services;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

/// <summary>An intervention of a plan; its kind and placements are PERSONAL, since the hospital reads them.</summary>
public sealed class InterventionType : EntityGraphType<Intervention>
{
    public InterventionType() : base("One intervention of a care plan (intervento del PAP): service, provider, frequency, dates, cost shares.", Sensitivity.Social)
    {
        Reference<CarePlanType>("carePlan", i => i.CarePlanId).Description("The plan it belongs to (piano).");
        Field(i => i.Kind).Description("One of the PAP kinds (tipologia di intervento). A hospital reaches no FOSTER_CARE intervention (nor its affido): "
            + "that a child is in foster care is a matter of child protection, no part of a discharge's summary.").Sensitive(Sensitivity.Personal);
        Reference<ServiceType>("service", i => i.ServiceId).Description("The catalogue service delivered (servizio).").Sensitive(Sensitivity.Public);
        Reference<OrganizationType>("provider", i => i.ProviderOrganizationId).Description("Who delivers it (erogatore), when chosen.").Sensitive(Sensitivity.Public);
        Field(i => i.Frequency, nullable: true).Description("How often, in words (frequenza).");
        Field(i => i.WeeklyHours, nullable: true).Description("Hours per week (ore settimanali).");
        Field(i => i.StartsOn).Description("Start date (data di inizio).");
        Field(i => i.EndsOn, nullable: true).Description("End date (data di fine); required for temporary residential stays.");
        Field<NonNullGraphType<DecimalGraphType>>("healthShare").Description("Daily share paid by the ASL (quota sanitaria, €).")
            .Resolve(context => context.Source.Shares.Health);
        Field<NonNullGraphType<DecimalGraphType>>("socialShare").Description("Daily share from the social fund (quota sociale, €).")
            .Resolve(context => context.Source.Shares.Social);
        Field<NonNullGraphType<DecimalGraphType>>("userShare").Description("Daily share paid by the person (compartecipazione dell'utente, €).")
            .Resolve(context => context.Source.Shares.User);
        Field<NonNullGraphType<DecimalGraphType>>("municipalityShare").Description("Daily share paid by the comune (quota comunale, €).")
            .Resolve(context => context.Source.Shares.Municipality);
        RegistryFields.AddHistoryTo(this, "Changes made to it after it was written, oldest first: who changed which field when (e.g. shares.municipality, the comune's share).",
            Sensitivity.Social);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements").Description("Placements made for it (inserimenti).")
            .Sensitive(Sensitivity.Personal).FewPerParent()
            .Resolve(context => context.LoadList(CareLoaders.PlacementsByIntervention, context.Source.Id));
    }
}
