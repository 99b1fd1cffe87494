using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Documents;
using Hub.Domain.People;

namespace Hub.Api.Documents;

/// <summary>Documents are only ever attached: a correction is a new document superseding the old, which stays.</summary>
public sealed class DocumentMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<AttachDocumentInput, DocumentPayloadType>("attachDocument",
            "Attaches a file, uploaded in the same multipart request, to a person, case, assessment, care plan or discharge request; SOCIAL unless marked "
            + "HEALTH or JUDICIAL (on an assessment HEALTH unless JUDICIAL); nothing is replaced or deleted (allegato).",
            Permission.ManageCases, AttachAsync);

    private static async Task<Entity> AttachAsync(MutationContext m, AttachDocumentInput input)
    {
        var owner = await OwnerAsync(m, input.OwnerId);
        var supersedes = await m.FindOptional<Document>(input.SupersedesId);
        var caller = m.Db.Scope.Caller;
        var file = new DocumentFile(input.File.FileName, input.File.MediaType, input.File.SizeBytes, input.File.Sha256);
        var document = new Document(owner, input.Kind, input.IssuedOn ?? m.Today, caller.Subject, caller.OrganizationId, file,
            input.Sensitivity ?? Document.DefaultLevel(owner.Kind), supersedes, m.Today);
        m.Db.Documents.Add(document);
        m.Db.DocumentContents.Add(new DocumentContent(document, input.File.Content));
        return document;
    }

    /// <summary>The record the owner's id names, found through its row scope (unseen: NotFoundError).</summary>
    private static async Task<DocumentOwner> OwnerAsync(MutationContext m, string ownerId) => GlobalId.Decode(ownerId).TypeName switch
    {
        nameof(Person) => DocumentOwner.Of(await m.FindEntity<Person>(ownerId)),
        nameof(CareCase) => DocumentOwner.Of(await m.FindEntity<CareCase>(ownerId)),
        nameof(Assessment) => DocumentOwner.Of(await m.FindEntity<Assessment>(ownerId)),
        nameof(CarePlan) => DocumentOwner.Of(await m.FindEntity<CarePlan>(ownerId)),
        nameof(DischargeRequest) => DocumentOwner.Of(await m.FindEntity<DischargeRequest>(ownerId)),
        _ => throw new DomainValidationException(nameof(AttachDocumentInput.OwnerId), "A document is attached to a Person, CareCase, Assessment, CarePlan or DischargeRequest."),
    };
}
