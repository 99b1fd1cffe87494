namespace Hub.Api.GraphQL.InputRules;

/// <summary>
/// A value the model cannot hold, found while a request's arguments are read. GraphQL.NET wraps it
/// in its validation error; the error info provider puts this reason in the message the client sees.
/// </summary>
public sealed class InvalidInputException(string reason) : Exception(reason);
