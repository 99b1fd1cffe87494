using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Audit;

namespace Hub.Api.Care;

public sealed class CareCasePayloadType() : PayloadType<CareCaseType>("CareCasePayload", "careCase", "The result of a change to a case.", Sensitivity.Social);

public sealed class AssessmentPayloadType() : PayloadType<AssessmentType>("AssessmentPayload", "assessment", "The result of recording an assessment.", Sensitivity.Health);

public sealed class CarePlanPayloadType() : PayloadType<CarePlanType>("CarePlanPayload", "carePlan", "The result of a change to a care plan or its interventions.", Sensitivity.Social);

public sealed class PlacementPayloadType() : PayloadType<PlacementType>("PlacementPayload", "placement", "The result of a change to a placement.", Sensitivity.Personal);

public sealed class DischargeRequestPayloadType() : PayloadType<DischargeRequestType>("DischargeRequestPayload", "dischargeRequest", "The result of a change to a discharge request.", Sensitivity.HealthSummary);
