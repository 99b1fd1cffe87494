using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.FosterCare;

namespace Hub.Api.FosterCare;

public sealed class SuitabilityAssessmentType : HubObjectGraphType<SuitabilityAssessment>
{
    public SuitabilityAssessmentType() : base("SuitabilityAssessment", "A foster family's suitability assessment (valutazione di idoneità): outcome, date, by whom.", Sensitivity.Social)
    {
        Field(s => s.Outcome).Description("Suitable or not (esito).");
        Field(s => s.AssessedOn).Description("When (data della valutazione).");
        Reference<StaffMemberType>("assessedBy", s => s.AssessedById).Description("The staff member who assessed (valutatore).").Sensitive(Sensitivity.Public);
    }
}
