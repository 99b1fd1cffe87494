using GraphQL.Types;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.People;

namespace Hub.Api.People;

public sealed class HouseholdType : EntityGraphType<Household, HouseholdFilterInputType, HouseholdSortInputType>
{
    public HouseholdType() : base("A household (nucleo familiare) and its means-test indicator.", Sensitivity.Social)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HouseholdMemberType>>>>("members").Description("Its members with their relationship (componenti).")
            .Resolve(context => context.LoadList(PeopleLoaders.MembersByHousehold, context.Source.Id));
        Field(h => h.IseeValue, nullable: true).Description("ISEE value in euro (indicatore della situazione economica equivalente).");
        Field(h => h.IseeExpiresOn, nullable: true).Description("When the ISEE certificate expires (scadenza ISEE).");
    }
}
