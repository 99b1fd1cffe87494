using Hub.Api.GraphQL.Paging;
using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.People;

namespace Hub.Api.People;

[ListArguments(typeof(HouseholdFilterType), typeof(HouseholdSortType))]
public sealed class HouseholdType : EntityGraphType<Household>
{
    public HouseholdType() : base("Household", "A household (nucleo familiare) and its means-test indicator. Sensitivity: SOCIAL.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HouseholdMemberType>>>>("members").Description("Its members with their relationship (componenti).")
            .Resolve(context => context.LoadMembers(context.Source.Id));
        Field(h => h.IseeValue, nullable: true).Description("ISEE value in euro (indicatore della situazione economica equivalente). Sensitivity: SOCIAL (restricted).");
        Field(h => h.IseeExpiresOn, nullable: true).Description("When the ISEE certificate expires (scadenza ISEE). Sensitivity: SOCIAL.");
    }
}
