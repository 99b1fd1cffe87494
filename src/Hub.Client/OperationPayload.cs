using System.Text.Json;

namespace Hub.Client;

/// <summary>
/// The request object of an operation: <c>query</c> (or the trusted-document <c>documentId</c>),
/// <c>operationName</c> and <c>variables</c>. The body of a POST, and the payload of a subscribe message.
/// </summary>
internal static class OperationPayload
{
    /// <summary>Writes the object; the idempotency keys the variables need are drawn once, here.</summary>
    public static void Write<TData>(Utf8JsonWriter writer, IHubOperation<TData> operation, bool documentIdOnly)
    {
        writer.WriteStartObject();
        if (documentIdOnly)
            writer.WriteString("documentId", operation.Document.DocumentId);
        else
            writer.WriteString("query", operation.Document.Text);
        writer.WriteString("operationName", operation.Document.Name);
        writer.WritePropertyName("variables");
        operation.WriteVariables(writer, new VariableContext(Guid.NewGuid().ToString("N")));
        writer.WriteEndObject();
    }
}
