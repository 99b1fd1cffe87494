using Hub.Domain.Common;

namespace Hub.Domain.People;

/// <summary>A fiscal code or STP/ENI code is malformed; the message says exactly what is wrong.</summary>
public sealed class InvalidIdentifierException(string message) : DomainException(message);
