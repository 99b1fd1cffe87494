using System.Text.Json;

namespace Hub.Client;

/// <summary>
/// A GraphQL operation with its variables, as the generator writes it from a .graphql document:
/// the client sends the document (or its trusted-document id) with the variables and gives the
/// result back typed.
/// </summary>
/// <typeparam name="TData">The record shaped by the operation's selection set.</typeparam>
public interface IHubOperation<TData>
{
    /// <summary>The operation's normalised document and what the client needs to know about it.</summary>
    OperationDocument Document { get; }

    /// <summary>Writes the <c>variables</c> object of the request.</summary>
    void WriteVariables(Utf8JsonWriter writer, VariableContext context);

    /// <summary>Reads the response's <c>data</c> object.</summary>
    TData ReadData(JsonElement data);
}
