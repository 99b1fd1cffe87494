using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Audit;

namespace Hub.Api.Minors;

public sealed class CourtMeasurePayloadType() : PayloadType<CourtMeasureType>("CourtMeasurePayload", "courtMeasure", "The result of recording a court measure.", Sensitivity.Judicial);

public sealed class CourtDeadlinePayloadType() : PayloadType<CourtDeadlineType>("CourtDeadlinePayload", "courtDeadline", "The result of setting a court deadline or filing its report.", Sensitivity.Judicial);
