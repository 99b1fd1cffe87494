using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Audit;

namespace Hub.Api.FosterCare;

public sealed class FosterFamilyPayloadType() : PayloadType<FosterFamilyType>("FosterFamilyPayload", "fosterFamily", "The result of registering, training or assessing a foster family.", Sensitivity.Social);

public sealed class FosterCareReviewPayloadType() : PayloadType<FosterCareReviewType>("FosterCareReviewPayload", "fosterCareReview", "The result of reviewing an affido.", Sensitivity.Social);
