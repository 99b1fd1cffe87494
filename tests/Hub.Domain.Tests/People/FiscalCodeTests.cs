using Hub.Domain.People;

namespace Hub.Domain.Tests.People;

// Expected codes were computed by hand from the official algorithm, never with the code under test.
public sealed class FiscalCodeTests
{
    private const string MarioRossi = "RSSMRA85T10A562S";
    private const string MariaRossi = "RSSMRA85T50A562W";

    [Fact]
    public void Parse_accepts_a_valid_male_code()
    {
        var code = FiscalCode.Parse(MarioRossi);

        Assert.Equal(MarioRossi, code.Value);
        Assert.Equal(Sex.Male, code.Sex);
        Assert.Equal((85, 12, 10), (code.BirthYearTwoDigits, code.BirthMonth, code.BirthDay));
        Assert.Equal("A562", code.BirthPlaceCode);
        Assert.False(code.IsOmocodic);
    }

    [Fact]
    public void Parse_decodes_a_female_day_by_subtracting_40()
    {
        var code = FiscalCode.Parse(MariaRossi);

        Assert.Equal(Sex.Female, code.Sex);
        Assert.Equal(10, code.BirthDay);
    }

    [Fact]
    public void Parse_accepts_the_textbook_example_code()
    {
        var code = FiscalCode.Parse("MRTMTT25D09F205Z");

        Assert.Equal("F205", code.BirthPlaceCode);
    }

    [Fact]
    public void Parse_rejects_wrong_check_character()
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => FiscalCode.Parse("RSSMRA85T10A562Z"));

        Assert.Equal("Wrong check character: expected 'S', got 'Z'.", error.Message);
    }

    [Theory]
    [InlineData("RSSMRA85F10A562S", 'F')]
    [InlineData("RSSMRA85Z10A562S", 'Z')]
    public void Parse_rejects_unknown_month_letter(string value, char month)
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => FiscalCode.Parse(value));

        Assert.StartsWith($"Unknown month letter '{month}' at position 9", error.Message);
    }

    [Theory]
    [InlineData("RSSMRA85T00A562S", "Day 00 is out of range")]
    [InlineData("RSSMRA85T32A562S", "Day 32 is out of range")]
    [InlineData("RSSMRA85T40A562S", "Day 40 is out of range")]
    [InlineData("RSSMRA85T72A562S", "Day 72 is out of range")]
    public void Parse_rejects_day_outside_the_male_and_female_ranges(string value, string expectedStart)
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => FiscalCode.Parse(value));

        Assert.StartsWith(expectedStart, error.Message);
    }

    [Theory]
    [InlineData("RSSMRA84B30A562S", "Day 30 is out of range: month 2 (letter 'B') of year 84 has 29 days.")]
    [InlineData("RSSMRA85B29A562S", "Day 29 is out of range: month 2 (letter 'B') of year 85 has 28 days.")]
    [InlineData("RSSMRA85D31A562S", "Day 31 is out of range: month 4 (letter 'D') of year 85 has 30 days.")]
    [InlineData("RSSMRA85B70A562S", "Day 70 (day 30 for a woman) is out of range: month 2 (letter 'B') of year 85 has 28 days.")]
    public void Parse_rejects_day_beyond_the_length_of_the_month(string value, string expected)
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => FiscalCode.Parse(value));

        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("FOXAIX00B69H501M")]
    [InlineData("BNCLCU24B29G702K")]
    public void Parse_accepts_29_february_when_a_century_makes_the_year_leap(string value)
    {
        var code = FiscalCode.Parse(value);

        Assert.Equal((2, 29), (code.BirthMonth, code.BirthDay));
    }

    [Theory]
    [InlineData("RSSMRA85T10A562", 15)]
    [InlineData("RSSMRA85T10A562SS", 17)]
    public void Parse_rejects_wrong_length(string value, int length)
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => FiscalCode.Parse(value));

        Assert.Equal($"A fiscal code has 16 characters (a provisional one 11 digits), not {length}.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_rejects_blank_value(string value)
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => FiscalCode.Parse(value));

        Assert.Equal("A fiscal code is required.", error.Message);
    }

    [Theory]
    [InlineData("RSSMR185T10A562S", "Character '1' at position 6 is not allowed: expected a letter.")]
    [InlineData("RSSMRA8AT10A562S", "Character 'A' at position 8 is not allowed: expected a digit or an omocodia letter")]
    [InlineData("RSSMRA85510A562S", "Character '5' at position 9 is not allowed: expected a month letter.")]
    [InlineData("RSSMRA85T105562S", "Character '5' at position 12 is not allowed: expected a letter.")]
    [InlineData("RSSMRA85T10A56#S", "Character '#' at position 15 is not allowed")]
    [InlineData("RSSMRA85T10A5628", "Character '8' at position 16 is not allowed: expected a letter.")]
    [InlineData("RSSMRÀ85T10A562S", "Character 'À' at position 6 is not allowed: expected a letter.")]
    public void Parse_rejects_character_not_allowed_at_its_position(string value, string expectedStart)
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => FiscalCode.Parse(value));

        Assert.StartsWith(expectedStart, error.Message);
    }

    [Theory]
    [InlineData("rssmra85t10a562s")]
    [InlineData("  RSSMRA 85T10 A562S  ")]
    [InlineData("rss mra 85 t10 a562 s")]
    public void Parse_normalises_case_and_spaces(string value)
    {
        var code = FiscalCode.Parse(value);

        Assert.Equal(MarioRossi, code.Value);
    }

    [Theory]
    [InlineData("RSSMRA85T10A56NH")]
    [InlineData("RSSMRA85T10A5SNT")]
    [InlineData("RSSMRA85T10ARSNO")]
    [InlineData("RSSMRAURTMLARSNL")]
    public void Parse_accepts_omocodic_code(string value)
    {
        var code = FiscalCode.Parse(value);

        Assert.True(code.IsOmocodic);
        Assert.Equal(value, code.Value);
    }

    [Fact]
    public void Parse_computes_check_character_over_the_omocodic_letters()
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => FiscalCode.Parse("RSSMRA85T10A56NS"));

        Assert.Equal("Wrong check character: expected 'H', got 'S'.", error.Message);
    }

    [Fact]
    public void Parse_decodes_birth_data_of_a_fully_omocodic_male_code()
    {
        var code = FiscalCode.Parse("RSSMRAURTMLARSNL");

        Assert.Equal(Sex.Male, code.Sex);
        Assert.Equal((85, 12, 10), (code.BirthYearTwoDigits, code.BirthMonth, code.BirthDay));
        Assert.Equal("A562", code.BirthPlaceCode);
    }

    [Fact]
    public void Parse_decodes_birth_data_of_a_fully_omocodic_female_code()
    {
        var code = FiscalCode.Parse("RSSMRAURTRLARSNQ");

        Assert.Equal(Sex.Female, code.Sex);
        Assert.Equal(10, code.BirthDay);
        Assert.Equal("A562", code.BirthPlaceCode);
    }

    [Fact]
    public void TryParse_returns_error_instead_of_throwing()
    {
        var parsed = FiscalCode.TryParse("RSSMRA85T10A562Z", out var code, out var error);

        Assert.False(parsed);
        Assert.Null(code);
        Assert.Equal("Wrong check character: expected 'S', got 'Z'.", error);
    }

    [Fact]
    public void TryParse_returns_code_without_error_when_valid()
    {
        var parsed = FiscalCode.TryParse(MarioRossi, out var code, out var error);

        Assert.True(parsed);
        Assert.Equal(MarioRossi, code?.Value);
        Assert.Null(error);
    }

    [Fact]
    public void TryParse_refuses_null()
    {
        var parsed = FiscalCode.TryParse(null, out _, out var error);

        Assert.False(parsed);
        Assert.Equal("A fiscal code is required.", error);
    }

    [Fact]
    public void Codes_with_the_same_value_are_equal()
    {
        var first = FiscalCode.Parse(MarioRossi);
        var second = FiscalCode.Parse(MarioRossi.ToLowerInvariant());

        Assert.Equal(first, second);
    }

    [Fact]
    public void ToString_returns_the_value()
    {
        var code = FiscalCode.Parse(" rssmra85t10a562s ");

        Assert.Equal(MarioRossi, code.ToString());
    }

    [Theory]
    [InlineData(MarioRossi, "2025-06-01", "1985-12-10")]
    [InlineData("BNCLCU24B29G702K", "2025-01-01", "2024-02-29")]
    [InlineData("BNCLCU24B29G702K", "2024-02-28", "1924-02-29")]
    [InlineData("SPSMIA23B68D612X", "2023-02-28", "2023-02-28")]
    [InlineData("FOXAIX00B69H501M", "2025-06-01", "2000-02-29")]
    [InlineData("FOXAIX00B69H501M", "1999-12-31", "1600-02-29")]
    public void ResolveBirthDate_picks_the_most_recent_century_not_in_the_future(string value, string today, string expected)
    {
        var code = FiscalCode.Parse(value);

        var birthDate = code.ResolveBirthDate(DateOnly.Parse(today));

        Assert.Equal(DateOnly.Parse(expected), birthDate);
    }

    [Theory]
    [InlineData(Sex.Male, "1985-12-10", true)]
    [InlineData(Sex.Male, "1885-12-10", true)]
    [InlineData(Sex.Female, "1985-12-10", false)]
    [InlineData(Sex.Male, "1985-12-11", false)]
    [InlineData(Sex.Male, "1985-11-10", false)]
    [InlineData(Sex.Male, "1986-12-10", false)]
    public void IsConsistentWith_compares_sex_day_month_and_two_digit_year(Sex sex, string birthDate, bool expected)
    {
        var code = FiscalCode.Parse(MarioRossi);

        var consistent = code.IsConsistentWith(sex, DateOnly.Parse(birthDate));

        Assert.Equal(expected, consistent);
    }

    [Theory]
    [InlineData("Rossi", "Mario", Sex.Male, "1985-12-10", "A562", MarioRossi)]
    [InlineData("Rossi", "Maria", Sex.Female, "1985-12-10", "A562", MariaRossi)]
    [InlineData("Moretti", "Matteo", Sex.Male, "1925-04-09", "F205", "MRTMTT25D09F205Z")]
    [InlineData("Esposito", "Mia", Sex.Female, "2023-02-28", "D612", "SPSMIA23B68D612X")]
    [InlineData("Verdi", "Giuseppe", Sex.Male, "1813-10-10", "B293", "VRDGPP13R10B293P")]
    public void Compose_produces_the_official_code(
        string lastName, string firstName, Sex sex, string birthDate, string place, string expected)
    {
        var code = FiscalCode.Compose(lastName, firstName, sex, DateOnly.Parse(birthDate), place);

        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData("D'Angelo", "Niccolò", Sex.Male, "1990-03-05", "D612", "DNGNCL90C05D612X")]
    [InlineData("Nicolò", "Zoë", Sex.Female, "2010-09-09", "E715", "NCLZOE10P49E715Z")]
    [InlineData("De Luca", "Anna Maria", Sex.Female, "1964-06-15", "D612", "DLCNMR64H55D612T")]
    [InlineData("DE LUCA", "ANNA-MARIA", Sex.Female, "1964-06-15", "D612", "DLCNMR64H55D612T")]
    public void Compose_ignores_accents_apostrophes_spaces_and_hyphens(
        string lastName, string firstName, Sex sex, string birthDate, string place, string expected)
    {
        var code = FiscalCode.Compose(lastName, firstName, sex, DateOnly.Parse(birthDate), place);

        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData("Fo", "Al", Sex.Male, "2001-01-01", "Z404", "FOXLAX01A01Z404D")]
    [InlineData("Fo", "Ai", Sex.Female, "2000-02-29", "H501", "FOXAIX00B69H501M")]
    [InlineData("Wu", "Yu", Sex.Male, "1999-04-30", "Z210", "WUXYUX99D30Z210V")]
    public void Compose_pads_short_names_with_X(
        string lastName, string firstName, Sex sex, string birthDate, string place, string expected)
    {
        var code = FiscalCode.Compose(lastName, firstName, sex, DateOnly.Parse(birthDate), place);

        Assert.Equal(expected, code.Value);
    }

    [Fact]
    public void Compose_takes_first_third_and_fourth_consonant_of_a_first_name_with_four_or_more()
    {
        var code = FiscalCode.Compose("Bianchi", "Gianfranco", Sex.Male, new DateOnly(1972, 7, 31), "G702");

        Assert.Equal("BNCGFR72L31G702E", code.Value);
    }

    [Fact]
    public void Compose_takes_the_first_three_consonants_of_a_surname_with_four_or_more()
    {
        var code = FiscalCode.Compose("Stoppa", "Laura", Sex.Female, new DateOnly(1980, 1, 1), "H501");

        Assert.Equal("STPLRA80A41H501T", code.Value);
    }

    [Fact]
    public void Compose_normalises_the_birth_place_code()
    {
        var code = FiscalCode.Compose("Rossi", "Mario", Sex.Male, new DateOnly(1985, 12, 10), " a562 ");

        Assert.Equal(MarioRossi, code.Value);
    }

    [Theory]
    [InlineData("Rossi", "Mario", Sex.Male, "1985-12-10", "A562")]
    [InlineData("D'Angelo", "Niccolò", Sex.Female, "2004-02-29", "Z404")]
    [InlineData("Fo", "Al", Sex.Female, "1950-01-31", "D612")]
    public void Compose_round_trips_through_Parse_and_IsConsistentWith(
        string lastName, string firstName, Sex sex, string birthDate, string place)
    {
        var date = DateOnly.Parse(birthDate);
        var composed = FiscalCode.Compose(lastName, firstName, sex, date, place);

        var parsed = FiscalCode.Parse(composed.Value);

        Assert.True(parsed.IsConsistentWith(sex, date));
        Assert.Equal(place, parsed.BirthPlaceCode);
    }

    [Theory]
    [InlineData("A56")]
    [InlineData("A5620")]
    [InlineData("5620")]
    [InlineData("AB62")]
    [InlineData("")]
    public void Compose_rejects_malformed_birth_place_code(string place)
    {
        var compose = () => FiscalCode.Compose("Rossi", "Mario", Sex.Male, new DateOnly(1985, 12, 10), place);

        var error = Assert.Throws<InvalidIdentifierException>(compose);

        Assert.Contains("is not a letter followed by 3 digits", error.Message);
    }

    [Theory]
    [InlineData("'", "Mario", "last name")]
    [InlineData("Rossi", " - ", "first name")]
    public void Compose_rejects_name_without_letters(string lastName, string firstName, string field)
    {
        var compose = () => FiscalCode.Compose(lastName, firstName, Sex.Male, new DateOnly(1985, 12, 10), "A562");

        var error = Assert.Throws<InvalidIdentifierException>(compose);

        Assert.StartsWith($"The {field} ", error.Message);
    }
}
