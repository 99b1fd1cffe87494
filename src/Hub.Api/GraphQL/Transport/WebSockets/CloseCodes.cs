namespace Hub.Api.GraphQL.Transport.WebSockets;

/// <summary>The close codes of graphql-transport-ws (the graphql-ws PROTOCOL.md) the hub sends.</summary>
internal static class CloseCodes
{
    /// <summary>A message of a type or shape the protocol does not define.</summary>
    public const int BadRequest = 4400;

    /// <summary>An operation before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>connection_init refused (no valid token, or no caller), or the token expired.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the graphql-transport-ws subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No connection_init within the allowed time.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A subscribe with the id of a subscription still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second connection_init.</summary>
    public const int TooManyInitialisationRequests = 4429;
}
