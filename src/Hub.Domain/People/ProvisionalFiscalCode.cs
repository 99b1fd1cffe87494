namespace Hub.Domain.People;

/// <summary>
/// The provisional codice fiscale (codice fiscale provvisorio, or numerico): 11 digits that the Agenzia delle
/// Entrate issues to people awaiting a definitive code, asylum seekers among them, and to entities. Laid out like
/// a partita IVA (DM 23/12/1976): a 7-digit serial number, the 3-digit code of the issuing office, and a check
/// digit. It encodes no birth data, so nothing about the person can be checked against it.
/// </summary>
public static class ProvisionalFiscalCode
{
    public const int Length = 11;

    /// <summary>Whether a normalised identifier has the shape of a provisional code: exactly 11 digits.</summary>
    public static bool IsShaped(string code) => code.Length == Length && !code.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>Checks the check digit of an 11-digit code and returns it; a wrong one is an <see cref="InvalidIdentifierException"/>.</summary>
    public static string Parse(string code)
    {
        if (!IsShaped(code))
            throw new InvalidIdentifierException($"A provisional codice fiscale has {Length} digits, not '{code}'.");
        var expected = CheckDigit(code.AsSpan(0, Length - 1));
        return code[^1] == expected
            ? code
            : throw new InvalidIdentifierException($"Wrong check digit of provisional codice fiscale {code}: expected '{expected}', got '{code[^1]}'.");
    }

    // The Luhn-like rule of the DM: digits in odd (1-based) positions count as they are, those in even
    // positions doubled, less 9 when the double exceeds 9; the check digit brings the sum to a multiple of 10.
    private static char CheckDigit(ReadOnlySpan<char> firstTen)
    {
        var sum = 0;
        for (var i = 0; i < firstTen.Length; i++)
        {
            var digit = firstTen[i] - '0';
            sum += i % 2 == 0 ? digit : digit * 2 - (digit >= 5 ? 9 : 0);
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }
}
