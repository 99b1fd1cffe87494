namespace Hub.Domain.Territory;

/// <summary>
/// A place a cadastral (Belfiore) code names: an Italian comune, current or ceased, or a foreign state (a Z code).
/// It is the birth place a codice fiscale encodes in its characters 12–15.
/// </summary>
/// <param name="Code">A letter and three digits: D612 (Firenze), D583 (Figline Valdarno, merged in 2014), Z404 (United States).</param>
/// <param name="Name">The name the national list gives it (the last one, for a comune that was renamed).</param>
/// <param name="Province">The province abbreviation of a comune (FI); null for a foreign state.</param>
/// <param name="CeasedOn">When the code went out of use (a merger, a dissolved state); null while it is in use.</param>
public sealed record CadastralPlace(string Code, string Name, string? Province, DateOnly? CeasedOn)
{
    public bool IsForeignState => Code.StartsWith('Z');

    /// <summary>For messages: "Z404 Stati Uniti d'America", "D583 Figline Valdarno (FI, ceased 2014-01-01)".</summary>
    public override string ToString() => (Province, CeasedOn) switch
    {
        (null, null) => $"{Code} {Name}",
        (null, { } ceased) => $"{Code} {Name} (ceased {ceased:yyyy-MM-dd})",
        (_, null) => $"{Code} {Name} ({Province})",
        (_, { } ceased) => $"{Code} {Name} ({Province}, ceased {ceased:yyyy-MM-dd})",
    };
}
