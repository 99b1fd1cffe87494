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
            "Attaches a file, uploaded in the same multipart request, to a person, case, assessment, care plan or discharge request, as the caller's roles "
            + "allow for that kind of record (a hospital: its own discharge requests); SOCIAL unless marked HEALTH or JUDICIAL (on an assessment or a "
            + "discharge request HEALTH unless marked); a level above the caller's clearance only when it is that default; nothing is replaced or deleted (allegato).",
            Permission.AttachDocuments, AttachAsync);

    private static async Task<Entity> AttachAsync(MutationContext m, AttachDocumentInput input)
    {
        var caller = m.Db.Scope.Caller;
        var owner = await OwnerAsync(m, input.OwnerId);
        var supersedes = await m.FindOptional<Document>(input.SupersedesId);
        var level = input.Sensitivity ?? Document.DefaultLevel(owner.Kind);
        caller.EnsureMayMark(level, Document.DefaultLevel(owner.Kind));
        var file = new DocumentFile(input.File.FileName, input.File.MediaType, input.File.SizeBytes, input.File.Sha256);
        var document = new Document(owner, input.Kind, input.IssuedOn ?? m.Today, caller.Subject, caller.OrganizationId, file,
            level, supersedes, m.Today);
        m.Db.Documents.Add(document);
        m.Db.DocumentContents.Add(new DocumentContent(document, input.File.Content));
        return document;
    }

    /// <summary>
    /// The record the owner's id names, found through its row scope (unseen: NotFoundError), of a kind the caller's roles attach
    /// to (ForbiddenError otherwise, decided on the id's type alone, before anything is looked up).
    /// </summary>
    private static async Task<DocumentOwner> OwnerAsync(MutationContext m, string ownerId) => EnsureAttaches(m, GlobalId.Decode(ownerId).TypeName) switch
    {
        nameof(Person) => DocumentOwner.Of(await m.FindEntity<Person>(ownerId)),
        nameof(CareCase) => DocumentOwner.Of(await m.FindEntity<CareCase>(ownerId)),
        nameof(Assessment) => DocumentOwner.Of(await m.FindEntity<Assessment>(ownerId)),
        nameof(CarePlan) => DocumentOwner.Of(await m.FindEntity<CarePlan>(ownerId)),
        nameof(DischargeRequest) => DocumentOwner.Of(await m.FindEntity<DischargeRequest>(ownerId)),
        _ => throw new DomainValidationException(nameof(AttachDocumentInput.OwnerId), "A document is attached to a Person, CareCase, Assessment, CarePlan or DischargeRequest."),
    };

    private static string EnsureAttaches(MutationContext m, string typeName)
    {
        if (Enum.TryParse<DocumentOwnerKind>(typeName, out var kind) && !m.Db.Scope.Caller.MayAttachTo(kind))
            throw new ForbiddenException($"Your roles do not attach documents to a {typeName}: {string.Join(", ", Enum.GetValues<DocumentOwnerKind>().Where(m.Db.Scope.Caller.MayAttachTo))} only.");
        return typeName;
    }
}
