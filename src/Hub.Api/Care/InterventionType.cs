using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.Services;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.Services;

namespace Hub.Api.Care;

public sealed class InterventionType : EntityGraphType<Intervention>
{
    public InterventionType() : base("Intervention", "One intervention of a care plan (intervento del PAP): service, provider, frequency, dates, cost shares. Sensitivity: SOCIAL.")
    {
        Field<NonNullGraphType<CarePlanGraphType>>("carePlan").Description("The plan it belongs to (piano). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social)
            .Resolve(context => context.LoadById<CarePlan>(context.Source.CarePlanId));
        Field(i => i.Kind).Description("One of the five PAP kinds (tipologia di intervento). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field<NonNullGraphType<ServiceType>>("service").Description("The catalogue service delivered (servizio). Sensitivity: PUBLIC.").Sensitive(Sensitivity.Public)
            .Resolve(context => context.LoadById<Service>(context.Source.ServiceId));
        Field<OrganizationType>("provider").Description("Who delivers it (erogatore), when chosen. Sensitivity: PUBLIC.").Sensitive(Sensitivity.Public)
            .Resolve(context => context.LoadById<Organization>(context.Source.ProviderOrganizationId));
        Field(i => i.Frequency, nullable: true).Description("How often, in words (frequenza). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field(i => i.WeeklyHours, nullable: true).Description("Hours per week (ore settimanali). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field(i => i.StartsOn).Description("Start date (data di inizio). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field(i => i.EndsOn, nullable: true).Description("End date (data di fine); required for temporary residential stays. Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social);
        Field<NonNullGraphType<DecimalGraphType>>("healthShare").Description("Daily share paid by the ASL (quota sanitaria, €). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social)
            .Resolve(context => context.Source.Shares.Health);
        Field<NonNullGraphType<DecimalGraphType>>("socialShare").Description("Daily share from the social fund (quota sociale, €). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social)
            .Resolve(context => context.Source.Shares.Social);
        Field<NonNullGraphType<DecimalGraphType>>("userShare").Description("Daily share paid by the person (compartecipazione dell'utente, €). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social)
            .Resolve(context => context.Source.Shares.User);
        Field<NonNullGraphType<DecimalGraphType>>("municipalityShare").Description("Daily share paid by the comune (quota comunale, €). Sensitivity: SOCIAL.").Sensitive(Sensitivity.Social)
            .Resolve(context => context.Source.Shares.Municipality);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements").Description("Placements made for it (inserimenti). Sensitivity: SOCIAL.")
            .WithComplexityImpact(1, 2).Sensitive(Sensitivity.Social)
            .Resolve(context => context.LoadChildren<Placement>("placements by intervention", context.Source.Id, p => p.InterventionId, q => q.OrderBy(p => p.RequestedOn).ThenBy(p => p.Id)));
    }
}
