using GraphQL.Types;
using Hub.Api.Access;
using Hub.Domain.Audit;
using Hub.Domain.People;

namespace Hub.Api.People;

public sealed class HouseholdMemberType : ObjectGraphType<HouseholdMember>
{
    public HouseholdMemberType()
    {
        this.Sensitive(Sensitivity.Social);
        Name = "HouseholdMember";
        Description = "A person's place in a household (componente del nucleo).";
        Field(m => m.Relationship).Description("Relationship to the head of the household (relazione di parentela).");
        Field<NonNullGraphType<PersonType>>("person").Description("The member.").Resolve(context => context.Source.Person);
    }
}
