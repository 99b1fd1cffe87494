using GraphQL.Transport;

namespace Hub.Api.GraphQL.Transport;

/// <summary>What reading an HTTP request gives: a well-formed GraphQL request, or why it is not one.</summary>
internal readonly record struct RequestReadResult(GraphQLRequest? Request, TransportError? Error)
{
    public static implicit operator RequestReadResult(GraphQLRequest request) => new(request, null);

    public static implicit operator RequestReadResult(TransportError error) => new(null, error);
}
