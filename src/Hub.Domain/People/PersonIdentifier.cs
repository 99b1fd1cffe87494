namespace Hub.Domain.People;

/// <summary>
/// How a person is known to the health service: a codice fiscale (16 characters, or the provisional 11 digits),
/// or an STP/ENI code for those who lack one.
/// </summary>
public sealed record PersonIdentifier(PersonIdentifierKind Kind, string Value)
{
    // After the prefix: 3-digit region, 3-digit ASL and 7-digit progressive number.
    private const int TemporaryCodeDigits = 13;

    public static PersonIdentifier Parse(string value)
    {
        var normalized = FiscalCode.Normalize(value);
        if (normalized.Length == 0)
            throw new InvalidIdentifierException("A person identifier is required.");
        if (TemporaryKind(normalized) is { } kind)
            return ParseTemporary(kind, normalized);
        return ProvisionalFiscalCode.IsShaped(normalized)
            ? new PersonIdentifier(PersonIdentifierKind.ProvisionalFiscalCode, ProvisionalFiscalCode.Parse(normalized))
            : new PersonIdentifier(PersonIdentifierKind.FiscalCode, FiscalCode.Parse(normalized).Value);
    }

    // A fiscal code may also start with STP (surname Stoppa) but goes on with letters, where STP/ENI codes have digits.
    private static PersonIdentifierKind? TemporaryKind(string code) =>
        code.Length > 3 && char.IsAsciiLetter(code[3]) ? null
        : code.StartsWith("STP", StringComparison.Ordinal) ? PersonIdentifierKind.Stp
        : code.StartsWith("ENI", StringComparison.Ordinal) ? PersonIdentifierKind.Eni
        : null;

    private static PersonIdentifier ParseTemporary(PersonIdentifierKind kind, string code)
    {
        var prefix = code[..3];
        var digits = code.AsSpan(3);
        if (digits.Length != TemporaryCodeDigits || digits.ContainsAnyExceptInRange('0', '9'))
            throw new InvalidIdentifierException(
                $"An {prefix} code is '{prefix}' followed by {TemporaryCodeDigits} digits "
                + $"(3 region, 3 ASL, 7 progressive), not '{code}'.");
        return new PersonIdentifier(kind, code);
    }
}
