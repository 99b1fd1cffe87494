using System.Globalization;
using Hub.Domain.Audit;
using Hub.Domain.Common;

namespace Hub.Domain.Documents;

/// <summary>
/// A file attached to exactly one person, case, assessment, care plan or discharge request (documento
/// allegato): a report, a discharge letter, a consent, a court paper. Nothing in it changes after it
/// is written and nothing is deleted: a correction is a new document that names the one it supersedes.
/// Its file name and content carry its own sensitivity: SOCIAL by default, HEALTH or JUDICIAL when marked.
/// </summary>
public sealed class Document : AuditableEntity
{
    /// <summary>The levels a document may be marked with (as a diary entry).</summary>
    public static readonly Sensitivity[] Levels = [Sensitivity.Social, Sensitivity.Health, Sensitivity.Judicial];

    /// <summary>
    /// The level a document takes when the author marks none: HEALTH on an assessment (HEALTH itself) and on a discharge
    /// request (a discharge letter is clinical), else SOCIAL.
    /// </summary>
    public static Sensitivity DefaultLevel(DocumentOwnerKind owner) =>
        owner is DocumentOwnerKind.Assessment or DocumentOwnerKind.DischargeRequest ? Sensitivity.Health : Sensitivity.Social;

    /// <summary>The longest file name kept, in characters.</summary>
    public const int MaxFileNameLength = 200;

    private Document() { }

    /// <summary>
    /// Attaches a file to <paramref name="owner"/>. <paramref name="issuedOn"/> is not after <paramref name="today"/>;
    /// <paramref name="supersedes"/>, when given, is a document of the same owner. The file name keeps its last
    /// path segment only (browsers send "C:\fakepath\…").
    /// </summary>
    public Document(DocumentOwner owner, DocumentKind kind, DateOnly issuedOn, string authorSubject, Guid authorOrganizationId,
        DocumentFile file, Sensitivity sensitivity, Document? supersedes, DateOnly today)
    {
        Guard.NotFuture(issuedOn, today, nameof(IssuedOn));
        if (!Levels.Contains(sensitivity))
            throw new DomainValidationException(nameof(Sensitivity), "A document is SOCIAL, HEALTH or JUDICIAL.");
        if (owner.Kind == DocumentOwnerKind.Assessment && sensitivity == Sensitivity.Social)
            throw new DomainValidationException(nameof(Sensitivity), "A document of an assessment is HEALTH or JUDICIAL, as the assessment is HEALTH.");
        if (supersedes is not null && (supersedes.OwnerKind, supersedes.OwnerId) != (owner.Kind, owner.Id))
            throw new DomainValidationException(nameof(SupersedesId), "A document supersedes only a document attached to the same record.");
        (OwnerKind, PersonId, Kind, IssuedOn, Sensitivity, SupersedesId) = (owner.Kind, owner.PersonId, kind, issuedOn, sensitivity, supersedes?.Id);
        (AuthorSubject, AuthorOrganizationId) = (authorSubject, authorOrganizationId);
        CareCaseId = owner.Kind == DocumentOwnerKind.CareCase ? owner.Id : null;
        AssessmentId = owner.Kind == DocumentOwnerKind.Assessment ? owner.Id : null;
        CarePlanId = owner.Kind == DocumentOwnerKind.CarePlan ? owner.Id : null;
        DischargeRequestId = owner.Kind == DocumentOwnerKind.DischargeRequest ? owner.Id : null;
        FileName = FileNameOf(file.FileName);
        (MediaType, SizeBytes, Sha256) = (file.MediaType, file.SizeBytes, file.Sha256);
    }

    /// <summary>What kind of record it is attached to; the matching id below is set (a person's document has none of them).</summary>
    public DocumentOwnerKind OwnerKind { get; private set; }

    /// <summary>The person the document concerns: the owner itself, or the person the owning record is about.</summary>
    public Guid PersonId { get; private set; }

    public Guid? CareCaseId { get; private set; }
    public Guid? AssessmentId { get; private set; }
    public Guid? CarePlanId { get; private set; }
    public Guid? DischargeRequestId { get; private set; }

    /// <summary>The id of the record it is attached to.</summary>
    public Guid OwnerId => CareCaseId ?? AssessmentId ?? CarePlanId ?? DischargeRequestId ?? PersonId;

    public DocumentKind Kind { get; private set; }

    /// <summary>The document's own date (data del documento), not the upload's (<see cref="AuditableEntity.CreatedAt"/>).</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The token subject (<c>sub</c>) of the staff member who attached it.</summary>
    public string AuthorSubject { get; private set; } = "";

    /// <summary>The organisation the author acted for.</summary>
    public Guid AuthorOrganizationId { get; private set; }

    /// <summary>The file's name as uploaded, without any path.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The media type the file was accepted as (application/pdf …).</summary>
    public string MediaType { get; private set; } = "";

    /// <summary>The file's length in bytes.</summary>
    public long SizeBytes { get; private set; }

    /// <summary>The SHA-256 of the file's bytes, 64 lowercase hexadecimal digits.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>What reading its file name and content needs: SOCIAL, HEALTH or JUDICIAL.</summary>
    public Sensitivity Sensitivity { get; private set; }

    /// <summary>The document this one corrects or replaces, which stays.</summary>
    public Guid? SupersedesId { get; private set; }

    private static string FileNameOf(string? name)
    {
        var last = name?.Split('/', '\\').Last().Trim();
        if (string.IsNullOrEmpty(last) || last is "." or ".." || last.Any(char.IsControl))
            throw new DomainValidationException(nameof(FileName), "The file needs a name without control characters (the filename of its multipart part).");
        return last.Length <= MaxFileNameLength ? last : last[FirstElementWithin(last, MaxFileNameLength)..];
    }

    /// <summary>
    /// Where the longest tail of <paramref name="text"/> of at most <paramref name="length"/> UTF-16 units begins on a text element:
    /// a cut inside a surrogate pair or a combined character would leave a broken character in the name.
    /// </summary>
    private static int FirstElementWithin(string text, int length) =>
        StringInfo.ParseCombiningCharacters(text).First(start => start >= text.Length - length);
}
