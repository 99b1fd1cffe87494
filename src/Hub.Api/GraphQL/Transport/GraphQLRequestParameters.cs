using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The four request parameters of GraphQL over HTTP (<c>query</c>, <c>operationName</c>,
/// <c>variables</c>, <c>extensions</c>) and the trusted-documents <c>documentId</c>, from a JSON body (or a
/// graphql-transport-ws subscribe payload, which has the same shape) or a query string, checked for the types
/// the spec gives them. Whether the document parses and validates is for GraphQL to say.
/// </summary>
internal sealed class GraphQLRequestParameters(IGraphQLTextSerializer serializer)
{
    public RequestReadResult FromBody(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return TransportError.InvalidRequest("The request body must be a JSON object with a 'query' string; batches are not supported.");
        var (query, documentId) = (Parameter(body, "query"), Parameter(body, "documentId"));
        if (query is { ValueKind: not JsonValueKind.String } || documentId is { ValueKind: not JsonValueKind.String } || (query is null && documentId is null))
            return TransportError.InvalidRequest(DocumentMissing);
        var operationName = Parameter(body, "operationName");
        if (operationName is { ValueKind: not JsonValueKind.String })
            return TransportError.InvalidRequest("'operationName', when given, must be a string.");
        return Request(query?.GetString(), documentId?.GetString(), operationName?.GetString(), Parameter(body, "variables"), Parameter(body, "extensions"));
    }

    public RequestReadResult FromQueryString(IQueryCollection parameters)
    {
        if (parameters.Keys.FirstOrDefault(key => parameters[key].Count > 1) is { } repeated)
            return TransportError.InvalidRequest($"'{repeated}' is given more than once.");
        var (query, documentId) = (parameters["query"].ToString(), parameters["documentId"].ToString());
        if (query.Length == 0 && documentId.Length == 0)
            return TransportError.InvalidRequest("'query' is missing: pass the GraphQL document in the query string, or its trusted-document id in 'documentId'.");
        var variables = ParseJson(parameters["variables"], "variables");
        if (variables.Error is not null)
            return variables.Error;
        var extensions = ParseJson(parameters["extensions"], "extensions");
        if (extensions.Error is not null)
            return extensions.Error;
        // The spec: an empty operationName is the same as none.
        var operationName = parameters["operationName"].ToString() is { Length: > 0 } name ? name : null;
        return Request(query.Length > 0 ? query : null, documentId.Length > 0 ? documentId : null, operationName, variables.Value, extensions.Value);
    }

    private const string DocumentMissing =
        "'query' must be a string holding the GraphQL document, or 'documentId' a string naming a trusted document ('sha256:' and the document's SHA-256).";

    private RequestReadResult Request(string? query, string? documentId, string? operationName, JsonElement? variables, JsonElement? extensions)
    {
        var (variableInputs, variablesError) = ReadMap(variables, "variables");
        if (variablesError is not null)
            return variablesError;
        var (extensionInputs, extensionsError) = ReadMap(extensions, "extensions");
        if (extensionsError is not null)
            return extensionsError;
        return new GraphQLRequest { Query = query, DocumentId = documentId, OperationName = operationName, Variables = variableInputs, Extensions = extensionInputs };
    }

    /// <summary>A parameter's value; a JSON null is the same as leaving it out, as the spec says.</summary>
    private static JsonElement? Parameter(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private (Inputs? Value, TransportError? Error) ReadMap(JsonElement? value, string name) => value switch
    {
        null => (null, null),
        { ValueKind: JsonValueKind.Object } map => ReadInputs(map, name),
        _ => (null, TransportError.InvalidRequest($"'{name}', when given, must be a JSON object.")),
    };

    private (Inputs? Value, TransportError? Error) ReadInputs(JsonElement map, string name)
    {
        try
        {
            return (serializer.ReadNode<Inputs>(map), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The reader's own message names .NET types; the client needs to know which parameter and why.
            return (null, TransportError.InvalidJson($"'{name}' holds text that is not valid Unicode (such as an unpaired surrogate escape, \\ud800)."));
        }
    }

    /// <summary>A query-string parameter holding JSON; cloned, so it outlives the parsed document.</summary>
    private static (JsonElement? Value, TransportError? Error) ParseJson(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
            return (null, null);
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Null ? (null, null) : (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (null, TransportError.InvalidRequest($"'{name}' must be a JSON object, URL-encoded; it is not valid JSON."));
        }
    }
}
