using GraphQL.Types;
using Hub.Domain.People;

namespace Hub.Api.People;

public sealed class HouseholdMemberType : ObjectGraphType<HouseholdMember>
{
    public HouseholdMemberType()
    {
        Name = "HouseholdMember";
        Description = "A person's place in a household (componente del nucleo). Sensitivity: SOCIAL.";
        Field(m => m.Relationship).Description("Relationship to the head of the household (relazione di parentela).");
        Field<NonNullGraphType<PersonType>>("person").Description("The member.").Resolve(context => context.Source.Person);
    }
}
