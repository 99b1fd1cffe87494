using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL.Transport;
using Hub.Domain.Access;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The hub's allow-list of GraphQL documents, loaded at start-up from the manifests a client build
/// produces. A request may name a document by <c>documentId: "sha256:&lt;hex&gt;"</c> instead of
/// sending it (the GraphQL-over-HTTP persisted-documents appendix); callers configured as
/// trusted-only may run nothing else. People in the IDE are not held to it unless configured so.
/// </summary>
internal sealed class TrustedDocuments(IReadOnlyDictionary<string, string> byHash, TrustedOnlyCallers trustedOnly)
{
    private const string Prefix = "sha256:";

    public int Count => byHash.Count;

    /// <summary>The request to run (with the document a <c>documentId</c> names), or why it is refused.</summary>
    public RequestReadResult Admit(GraphQLRequest request, Caller caller)
    {
        if (request.DocumentId is { } id)
            return Resolve(request, id);
        if (IsTrustedOnly(caller) && !byHash.ContainsKey(Hash(request.Query ?? "")))
            return TransportError.Forbidden($"Caller '{caller.Subject}' may run trusted documents only: send 'documentId' (sha256:<hash>) from its Hub.Client build's manifest instead of a document.")
                with { Code = "TRUSTED_DOCUMENTS_ONLY" };
        return request;
    }

    private RequestReadResult Resolve(GraphQLRequest request, string id)
    {
        if (request.Query is not null)
            return TransportError.InvalidRequest("Send either 'query' or 'documentId', not both.");
        if (!id.StartsWith(Prefix, StringComparison.Ordinal) || id.Length != Prefix.Length + 64)
            return TransportError.InvalidRequest($"'documentId' must be 'sha256:' and 64 hexadecimal digits, the SHA-256 of the document; '{id}' is not.");
        if (!byHash.TryGetValue(id[Prefix.Length..].ToLowerInvariant(), out var document))
            return new TransportError(StatusCodes.Status404NotFound,
                $"No trusted document has the id '{id}': the hub's Hub:GraphQL:TrustedDocuments manifests do not hold it. Deploy the client build's manifest, or send the document in 'query'.",
                "PERSISTED_DOCUMENT_NOT_FOUND");
        return new GraphQLRequest { Query = document, OperationName = request.OperationName, Variables = request.Variables, Extensions = request.Extensions };
    }

    private bool IsTrustedOnly(Caller caller) =>
        trustedOnly.Subjects.Contains(caller.Subject, StringComparer.Ordinal) || caller.Roles.Any(role => trustedOnly.Roles.Contains(role.Name(), StringComparer.Ordinal));

    /// <summary>Lower-case hex SHA-256 of the document's UTF-8 bytes, as Hub.Client computes it.</summary>
    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Reads every manifest; a hash that does not match its document stops start-up, naming the file.</summary>
    /// <exception cref="InvalidOperationException">A manifest is missing, malformed or holds a wrong hash.</exception>
    public static TrustedDocuments Load(TrustedDocumentOptions options, string contentRoot)
    {
        var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in options.TrustedDocuments.Select(path => Path.GetFullPath(path, contentRoot)))
        {
            if (!File.Exists(file))
                throw new InvalidOperationException($"Hub:GraphQL:TrustedDocuments names '{file}', which does not exist.");
            var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))
                ?? throw new InvalidOperationException($"The trusted-document manifest '{file}' is not a JSON object of hash → document.");
            foreach (var (hash, document) in manifest)
            {
                if (Hash(document) != hash)
                    throw new InvalidOperationException($"The trusted-document manifest '{file}' lists '{hash}' for a document whose SHA-256 is {Hash(document)}.");
                byHash[hash] = document;
            }
        }
        return new TrustedDocuments(byHash, options.TrustedOnly);
    }
}
