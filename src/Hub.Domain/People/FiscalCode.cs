using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Hub.Domain.People;

/// <summary>
/// Italian codice fiscale of a natural person (DM 23/12/1976), normalised to 16 uppercase characters.
/// Omocodic codes, where the tax office replaced digits with letters to tell two people apart, are accepted.
/// </summary>
public sealed record FiscalCode
{
    public const int Length = 16;

    private const string MonthLetters = "ABCDEHLMPRST";
    private const string OmocodiaLetters = "LMNPQRSTUV";
    private const int FemaleDayOffset = 40;

    // One character class per position: L letter, D digit or omocodia letter, M month letter.
    private const string Layout = "LLLLLLDDMDDLDDDL";

    // Values of the characters in odd (1-based) positions for the check character: digits 0-9 weigh as A-J.
    private static ReadOnlySpan<byte> OddPositionValues =>
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    private FiscalCode(string value)
    {
        Value = value;
        BirthYearTwoDigits = DecodeNumber(value, 6);
        BirthMonth = MonthLetters.IndexOf(value[8]) + 1;
        var encodedDay = DecodeNumber(value, 9);
        Sex = encodedDay > FemaleDayOffset ? Sex.Female : Sex.Male;
        BirthDay = encodedDay % FemaleDayOffset;
        BirthPlaceCode = new string([value[11], DecodeDigitChar(value[12]), DecodeDigitChar(value[13]), DecodeDigitChar(value[14])]);
        IsOmocodic = HasOmocodiaLetter(value);
    }

    public string Value { get; }
    public Sex Sex { get; }
    public int BirthYearTwoDigits { get; }
    public int BirthMonth { get; }
    public int BirthDay { get; }

    /// <summary>Belfiore code of the birth place with omocodia undone, e.g. D612 (Firenze) or Z404 (a foreign country).</summary>
    public string BirthPlaceCode { get; }

    public bool IsOmocodic { get; }

    public static FiscalCode Parse(string value) =>
        TryParse(value, out var code, out var error) ? code : throw new InvalidIdentifierException(error);

    public static bool TryParse(
        string? value, [NotNullWhen(true)] out FiscalCode? code, [NotNullWhen(false)] out string? error)
    {
        var normalized = Normalize(value);
        code = null;
        error = CheckShape(normalized) ?? CheckBirthDay(normalized) ?? CheckControlCharacter(normalized);
        if (error is not null)
            return false;
        code = new FiscalCode(normalized);
        return true;
    }

    /// <summary>Computes the code of a person, without omocodia (only the tax office assigns that).</summary>
    public static FiscalCode Compose(string lastName, string firstName, Sex sex, DateOnly birthDate, string birthPlaceCode)
    {
        ArgumentNullException.ThrowIfNull(lastName);
        ArgumentNullException.ThrowIfNull(firstName);
        if (!Enum.IsDefined(sex))
            throw new ArgumentOutOfRangeException(nameof(sex), sex, "Unknown sex.");
        var place = Normalize(birthPlaceCode);
        if (!IsPlaceCode(place))
            throw new InvalidIdentifierException($"Birth place code '{birthPlaceCode}' is not a letter followed by 3 digits (e.g. D612).");

        Span<char> code = stackalloc char[Length];
        WriteNamePart(lastName, isFirstName: false, code[..3], "last name");
        WriteNamePart(firstName, isFirstName: true, code[3..6], "first name");
        WriteTwoDigits(birthDate.Year % 100, code[6..8]);
        code[8] = MonthLetters[birthDate.Month - 1];
        WriteTwoDigits(birthDate.Day + (sex == Sex.Female ? FemaleDayOffset : 0), code[9..11]);
        place.CopyTo(code[11..15]);
        code[15] = ComputeCheckCharacter(code[..15]);
        return new FiscalCode(new string(code));
    }

    /// <summary>The birth date in the most recent century that does not put it after <paramref name="today"/>.</summary>
    public DateOnly ResolveBirthDate(DateOnly today)
    {
        // 29 February of a "00" year exists only in centuries divisible by 400, hence the loop.
        for (var year = today.Year - today.Year % 100 + BirthYearTwoDigits; year >= 1; year -= 100)
        {
            if (BirthDay <= DateTime.DaysInMonth(year, BirthMonth) && new DateOnly(year, BirthMonth, BirthDay) <= today)
                return new DateOnly(year, BirthMonth, BirthDay);
        }
        throw new InvalidOperationException($"No birth date of {Value} falls on or before {today:yyyy-MM-dd}.");
    }

    /// <summary>Whether sex, day, month and two-digit year match; the century is not part of the code.</summary>
    public bool IsConsistentWith(Sex sex, DateOnly birthDate) => Sex == sex && EncodesBirthDate(birthDate);

    /// <summary>Whether day, month and two-digit year match; the century is not part of the code.</summary>
    public bool EncodesBirthDate(DateOnly birthDate) =>
        BirthDay == birthDate.Day && BirthMonth == birthDate.Month && BirthYearTwoDigits == birthDate.Year % 100;

    public override string ToString() => Value;

    internal static string Normalize(string? value)
    {
        if (value is null)
            return string.Empty;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
                builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    private static string? CheckShape(string code)
    {
        if (code.Length == 0)
            return "A fiscal code is required.";
        if (code.Length != Length)
            return $"A fiscal code has {Length} characters (a provisional one {ProvisionalFiscalCode.Length} digits), not {code.Length}.";
        for (var i = 0; i < Length; i++)
        {
            var error = CheckCharacter(code[i], i);
            if (error is not null)
                return error;
        }
        return null;
    }

    private static string? CheckCharacter(char c, int index) => Layout[index] switch
    {
        'L' when !char.IsAsciiLetterUpper(c) => NotAllowed(c, index, "a letter"),
        'D' when !IsDigitOrOmocodiaLetter(c) => NotAllowed(c, index, "a digit or an omocodia letter (L M N P Q R S T U V)"),
        'M' when !char.IsAsciiLetterUpper(c) => NotAllowed(c, index, "a month letter"),
        'M' when !MonthLetters.Contains(c) =>
            $"Unknown month letter '{c}' at position {index + 1}: expected one of A B C D E H L M P R S T.",
        _ => null,
    };

    private static string NotAllowed(char c, int index, string expected) =>
        $"Character '{c}' at position {index + 1} is not allowed: expected {expected}.";

    private static string? CheckBirthDay(string code)
    {
        var encodedDay = DecodeNumber(code, 9);
        if (encodedDay is not (>= 1 and <= 31 or >= 41 and <= 71))
            return $"Day {encodedDay:00} is out of range: expected 01-31 for men or 41-71 for women.";
        var day = encodedDay % FemaleDayOffset;
        var month = MonthLetters.IndexOf(code[8]) + 1;
        var twoDigitYear = DecodeNumber(code, 6);
        var maxDay = MaxDay(twoDigitYear, month);
        if (day <= maxDay)
            return null;
        var described = encodedDay > FemaleDayOffset ? $"{encodedDay} (day {day} for a woman)" : $"{day}";
        return $"Day {described} is out of range: month {month} (letter '{code[8]}') of year {twoDigitYear:00} has {maxDay} days.";
    }

    // The century is not encoded: 29 February is accepted when either candidate century makes the year a leap one.
    private static int MaxDay(int twoDigitYear, int month) =>
        month == 2 && (DateTime.IsLeapYear(1900 + twoDigitYear) || DateTime.IsLeapYear(2000 + twoDigitYear))
            ? 29
            : DateTime.DaysInMonth(2001, month);

    private static string? CheckControlCharacter(string code)
    {
        var expected = ComputeCheckCharacter(code.AsSpan(0, Length - 1));
        return code[^1] == expected ? null : $"Wrong check character: expected '{expected}', got '{code[^1]}'.";
    }

    // Computed over the characters as written, omocodia letters included.
    private static char ComputeCheckCharacter(ReadOnlySpan<char> firstFifteen)
    {
        var sum = 0;
        for (var i = 0; i < firstFifteen.Length; i++)
        {
            var c = firstFifteen[i];
            var index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? OddPositionValues[index] : index;
        }
        return (char)('A' + sum % 26);
    }

    private static bool IsDigitOrOmocodiaLetter(char c) => char.IsAsciiDigit(c) || OmocodiaLetters.Contains(c);

    private static bool HasOmocodiaLetter(string code)
    {
        for (var i = 0; i < Length; i++)
        {
            if (Layout[i] == 'D' && !char.IsAsciiDigit(code[i]))
                return true;
        }
        return false;
    }

    private static int DecodeDigit(char c) => char.IsAsciiDigit(c) ? c - '0' : OmocodiaLetters.IndexOf(c);

    private static char DecodeDigitChar(char c) => (char)('0' + DecodeDigit(c));

    private static int DecodeNumber(string code, int index) => DecodeDigit(code[index]) * 10 + DecodeDigit(code[index + 1]);

    private static bool IsPlaceCode(string place) =>
        place.Length == 4 && char.IsAsciiLetterUpper(place[0]) && !place.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    private static void WriteTwoDigits(int number, Span<char> destination)
    {
        destination[0] = (char)('0' + number / 10);
        destination[1] = (char)('0' + number % 10);
    }

    private static void WriteNamePart(string name, bool isFirstName, Span<char> destination, string field)
    {
        // Only the first four consonants and three vowels can ever matter.
        Span<char> consonants = stackalloc char[4];
        Span<char> vowels = stackalloc char[3];
        var (consonantCount, vowelCount) = SplitLetters(name, consonants, vowels);
        if (consonantCount + vowelCount == 0)
            throw new InvalidIdentifierException($"The {field} '{name}' has no letter to encode.");
        if (isFirstName && consonantCount == consonants.Length)
        {
            // A first name with four or more consonants skips the second one.
            destination[0] = consonants[0];
            destination[1] = consonants[2];
            destination[2] = consonants[3];
            return;
        }
        destination.Fill('X');
        var taken = Math.Min(consonantCount, destination.Length);
        consonants[..taken].CopyTo(destination);
        vowels[..Math.Min(vowelCount, destination.Length - taken)].CopyTo(destination[taken..]);
    }

    private static (int Consonants, int Vowels) SplitLetters(string name, Span<char> consonants, Span<char> vowels)
    {
        int consonantCount = 0, vowelCount = 0;
        foreach (var c in name)
        {
            var letter = ToPlainLetter(c);
            if (letter is 'A' or 'E' or 'I' or 'O' or 'U')
            {
                if (vowelCount < vowels.Length)
                    vowels[vowelCount++] = letter;
            }
            else if (letter != '\0' && consonantCount < consonants.Length)
                consonants[consonantCount++] = letter;
        }
        return (consonantCount, vowelCount);
    }

    // A table rather than Unicode decomposition: deterministic and allocation-free. Anything else (', -, spaces) is skipped.
    private static char ToPlainLetter(char c) => char.ToUpperInvariant(c) switch
    {
        >= 'A' and <= 'Z' and var upper => upper,
        'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' => 'A',
        'È' or 'É' or 'Ê' or 'Ë' => 'E',
        'Ì' or 'Í' or 'Î' or 'Ï' => 'I',
        'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'Ø' => 'O',
        'Ù' or 'Ú' or 'Û' or 'Ü' => 'U',
        'Ç' => 'C',
        'Ñ' => 'N',
        'Ý' or 'Ÿ' => 'Y',
        _ => '\0',
    };
}
