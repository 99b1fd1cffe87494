using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.People;
using Hub.Domain.Audit;
using Hub.Domain.Minors;

namespace Hub.Api.Minors;

/// <summary>An adult exercising responsibility for a case's minor: SOCIAL like the case.</summary>
public sealed class ParentalResponsibilityType : HubObjectGraphType<ParentalResponsibility>
{
    public ParentalResponsibilityType() : base("ParentalResponsibility", "An adult who exercises responsibility for the minor (responsabilità genitoriale): a parent, a guardian, a curator.", Sensitivity.Social)
    {
        Reference<PersonType>("holder", r => r.HolderId).Description("The adult (titolare).").Sensitive(Sensitivity.Personal);
        Field(r => r.Role).Description("Parent, guardian (tutore) or curator (curatore speciale).");
        Field(r => r.Since).Description("Since when (dal).");
    }
}
