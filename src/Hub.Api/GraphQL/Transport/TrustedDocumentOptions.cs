namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The trusted-documents part of <c>Hub:GraphQL</c> (DESIGN §5: machine clients can be held to the
/// documents their build produced).
/// </summary>
public sealed class TrustedDocumentOptions
{
    /// <summary>
    /// Manifests of trusted documents (JSON objects of SHA-256 hex → document, as a Hub.Client build
    /// writes to hub-trusted-documents.json), relative to the content root or absolute:
    /// <c>Hub:GraphQL:TrustedDocuments:0</c>, <c>:1</c> …
    /// </summary>
    public List<string> TrustedDocuments { get; set; } = [];

    /// <summary>The callers that may run trusted documents only: <c>Hub:GraphQL:TrustedOnly:Subjects</c> and <c>:Roles</c>.</summary>
    public TrustedOnlyCallers TrustedOnly { get; set; } = new();
}

/// <summary>Who is held to trusted documents: a token's <c>sub</c> (a machine client's id), or any of its roles (as the claim spells them).</summary>
public sealed class TrustedOnlyCallers
{
    public List<string> Subjects { get; set; } = [];

    public List<string> Roles { get; set; } = [];
}
