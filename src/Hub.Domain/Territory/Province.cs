namespace Hub.Domain.Territory;

/// <summary>The provincia (or città metropolitana) a comune belongs to.</summary>
public sealed record Province(string Code, string Name, string Abbreviation);
