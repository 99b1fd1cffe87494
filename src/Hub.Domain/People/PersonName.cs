namespace Hub.Domain.People;

/// <summary>Nome e cognome.</summary>
public sealed record PersonName(string First, string Last);
