using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Documents that parsed and passed GraphQL's core validation, by their text: sent again, a document
/// is neither parsed nor put through the core rules again, which read only the document and the
/// schema. What depends on the caller or the variables (the cost limits, the clearance of conditions,
/// the variables' values) is judged on every request. Bounded by the total length of the texts held,
/// <see cref="CharactersHeld"/>; the least used go first when it is full.
/// </summary>
internal sealed class DocumentCache : IDisposable
{
    /// <summary>About 10 bytes of syntax tree per character: some 40 MB at most.</summary>
    public const int CharactersHeld = 4_000_000;

    private readonly MemoryCache documents = new(new MemoryCacheOptions { SizeLimit = CharactersHeld });

    /// <summary>A document that passed validation; <see cref="CanCondition"/> when it can give a condition or a sort key at all.</summary>
    public sealed record Validated(GraphQLDocument Document, bool CanCondition);

    /// <summary>The validated document of this text, or null.</summary>
    public Validated? Find(string? text) => text is not null && documents.TryGetValue(text, out Validated? document) ? document : null;

    /// <summary>Keeps a document that passed validation.</summary>
    public void Add(string text, Validated document) =>
        documents.Set(text, document, new MemoryCacheEntryOptions { Size = Math.Max(1, text.Length) });

    public void Dispose() => documents.Dispose();
}
