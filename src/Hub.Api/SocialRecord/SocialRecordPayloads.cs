using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Audit;

namespace Hub.Api.SocialRecord;

public sealed class AccessRequestPayloadType() : PayloadType<AccessRequestType>("AccessRequestPayload", "accessRequest", "The result of receiving or answering an access request.", Sensitivity.Social);

public sealed class DiaryEntryPayloadType() : PayloadType<DiaryEntryType>("DiaryEntryPayload", "diaryEntry", "The result of adding a diary entry.", Sensitivity.Social);
