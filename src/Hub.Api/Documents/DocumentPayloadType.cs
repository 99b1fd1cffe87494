using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Audit;

namespace Hub.Api.Documents;

public sealed class DocumentPayloadType() : PayloadType<DocumentType>("DocumentPayload", "document", "The result of attaching a document: the attacher reads it back, whatever its clearance, at the level it filed it with.", Sensitivity.Personal);
