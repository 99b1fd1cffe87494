using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Relay;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.People;
using Hub.Api.Structures;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Families;

namespace Hub.Api.Families;

/// <summary>A referral to a family centre: SOCIAL, since it says a family needed support and why.</summary>
public sealed class FamilyCenterReferralType : EntityGraphType<FamilyCenterReferral, FamilyCenterReferralFilterInputType, FamilyCenterReferralSortInputType>
{
    public FamilyCenterReferralType() : base("A referral (invio) of a family or a child to a Centro per le famiglie, and what came of it.", Sensitivity.Social)
    {
        Reference<FamilyCenterType>("familyCenter", r => r.FamilyCenterId).Description("The centre (Centro per le famiglie).").Sensitive(Sensitivity.Public);
        Reference<ZoneType>("zone", r => r.ZoneId).Description("The centre's zone-distretto when referred.").Sensitive(Sensitivity.Public);
        Reference<HouseholdType>("household", r => r.HouseholdId).Description("The family referred (nucleo familiare), if named.");
        Reference<PersonType>("child", r => r.ChildId).Description("The child referred (minore), if named.");
        Field(r => r.Service).Description("The centre's service asked for (servizio).");
        Field(r => r.Reason, nullable: true).Description("Why, in the worker's words (motivo dell'invio).");
        Field(r => r.ReferredOn).Description("When the family was referred (data dell'invio).");
        Field(r => r.Outcome).Description("Where the referral stands (esito).");
        Field(r => r.OutcomeOn, nullable: true).Description("When the current outcome was recorded (data dell'esito).");
    }
}
