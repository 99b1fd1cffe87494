using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Api.Care;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Domain.Audit;
using Hub.Domain.Documents;

namespace Hub.Api.Documents;

/// <summary>
/// A document's metadata: SOCIAL like the records it is attached to; its file name, like its content,
/// needs the document's own level besides (a name such as "decreto_TM_affido.pdf" says what the file says).
/// The fields declare PERSONAL because the row scope already keeps every document whose metadata the caller may
/// not read (<c>Caller.MayReadDocument</c>): a caller without SOCIAL sees only the documents it could attach itself
/// (a hospital, its own requests' discharge letters), and reads them back at the level it filed them with.
/// </summary>
public sealed class DocumentType : EntityGraphType<Document, DocumentFilterInputType, DocumentSortInputType>
{
    public DocumentType() : base("A file attached to a person, a case, an assessment, a care plan or a discharge request (documento allegato); never changed or deleted, superseded by later documents.", Sensitivity.Personal)
    {
        Field("attachedTo", d => d.OwnerKind).Description("The kind of record it is attached to (allegato a).");
        Reference<PersonType>("person", d => d.PersonId).Description("The person it concerns (assistito): the owner, or the person the owning record is about.").Sensitive(Sensitivity.Personal);
        Reference<CareCaseType>("careCase", d => d.CareCaseId).Description("The case it is attached to, when attached to a case (presa in carico).");
        Reference<AssessmentType>("assessment", d => d.AssessmentId).Description("The assessment it is attached to, when attached to one (valutazione).");
        Reference<CarePlanType>("carePlan", d => d.CarePlanId).Description("The care plan it is attached to, when attached to one (PAP).");
        Reference<DischargeRequestType>("dischargeRequest", d => d.DischargeRequestId).Description("The discharge request it is attached to, when attached to one (dimissione protetta).");
        Field(d => d.Kind).Description("What it is (tipo di documento).");
        Field(d => d.IssuedOn).Description("The document's own date (data del documento); its upload is createdAt.");
        Field("author", d => d.AuthorSubject).Description("Who attached it: the token subject (sub) of the staff member (autore).").Sensitive(Sensitivity.Personal);
        Reference<OrganizationType>("authorOrganization", d => d.AuthorOrganizationId).Description("The organisation the author acted for (ente).").Sensitive(Sensitivity.Public);
        Field<NonNullGraphType<SensitivityType>>("sensitivity").Description("What reading its file name and content needs: SOCIAL, HEALTH or JUDICIAL (riservatezza).")
            .Resolve(context => context.Source.Sensitivity);
        Field(d => d.FileName, nullable: true).Description("The file's name as uploaded (nome del file). A reader without the document's own level (or, for a record it attaches to, the level it could file it with) gets null and a FORBIDDEN error here; the rest stands.")
            // The gate reads the level and owner kind: a page selecting only fileName must still load them, or the gate would judge PUBLIC.
            .Reads(d => d.FileName, d => d.Sensitivity, d => d.OwnerKind)
            .Resolve(context => RecordLevel.Gate(context, context.Source.Sensitivity,
                caller => caller.MayReadDocument(context.Source.OwnerKind, context.Source.Sensitivity), context.Source.FileName));
        Field(d => d.MediaType).Description("The file's media type (application/pdf …).");
        Field(d => d.SizeBytes).Description("The file's length, in bytes.");
        Field(d => d.Sha256).Description("The SHA-256 of the file's bytes, 64 lowercase hexadecimal digits; also the download's ETag.");
        Field<NonNullGraphType<StringGraphType>>("downloadUrl")
            .Description("Where to GET the file, with the same bearer token: the hub's path, answered 403 without the document's own level and 404 out of scope.")
            .Resolve(context => DocumentDownload.PathOf(context.Source.Id));
        Reference<DocumentType>("supersedes", d => d.SupersedesId).Description("The document this one corrects or replaces (sostituisce), which stays.");
    }
}
