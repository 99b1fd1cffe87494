using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.Audit;
using Hub.Api.GraphQL.Transport;
using Hub.Domain.Audit;
using Hub.Domain.Documents;

namespace Hub.Api.Documents;

[Description("Attaches a file to one record; a correction names the document it supersedes (allegato).")]
public sealed record AttachDocumentInput(
    [property: Id, Description("The record it is attached to: a Person, CareCase, Assessment, CarePlan or DischargeRequest id.")] string OwnerId,
    [property: Description("What it is (tipo di documento).")] DocumentKind Kind,
    [property: Description("The document's own date; today when omitted.")] DateOnly? IssuedOn,
    [property: InputType(typeof(SensitivityType)), Description("What reading its file name and content needs: SOCIAL (the default; HEALTH on an assessment or a discharge request), HEALTH or JUDICIAL; above your clearance only that default.")] Sensitivity? Sensitivity,
    [property: Id, Description("The document this one corrects or replaces (Document id), attached to the same record; it stays.")] string? SupersedesId,
    [property: InputType(typeof(NonNullGraphType<UploadGraphType>)), Description("The file: a part of this multipart request, mapped here by 'map' (GraphQL multipart request specification).")] Upload File);
