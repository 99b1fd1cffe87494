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

public sealed class FosterTrainingType : HubObjectGraphType<FosterTraining>
{
    public FosterTrainingType() : base("FosterTraining", "A training session a foster family attended (formazione).", Sensitivity.Social)
    {
        Field(t => t.Course).Description("The course or meeting (corso).");
        Field(t => t.AttendedOn).Description("When it was attended (data).");
    }
}
