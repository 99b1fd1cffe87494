using Hub.Domain.Common;

namespace Hub.Domain.Documents;

/// <summary>
/// The bytes of a document, in a table of their own so that listing documents never reads them
/// (and the database stays the one store: no file system or object store to set up). Written once
/// with its document; never changed.
/// </summary>
public sealed class DocumentContent : Entity
{
    private DocumentContent() { }

    /// <summary>The content of <paramref name="document"/>: exactly as many bytes as the document declares.</summary>
    public DocumentContent(Document document, byte[] bytes)
    {
        if (bytes.LongLength != document.SizeBytes)
            throw new InvalidOperationException($"The content holds {bytes.LongLength} bytes; its document declares {document.SizeBytes}.");
        (Id, Bytes) = (document.Id, bytes);
    }

    /// <summary>The file as uploaded.</summary>
    public byte[] Bytes { get; private set; } = [];
}
