using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;
using Hub.Domain.People;

namespace Hub.Api.People;

public sealed class HouseholdMemberType : HubObjectGraphType<HouseholdMember>
{
    public HouseholdMemberType() : base("HouseholdMember", "A person's place in a household (componente del nucleo).", Sensitivity.Social)
    {
        Field(m => m.Relationship).Description("Relationship to the head of the household (relazione di parentela).");
        Field<NonNullGraphType<PersonType>>("person").Description("The member.").Resolve(context => context.Source.Person);
    }
}
