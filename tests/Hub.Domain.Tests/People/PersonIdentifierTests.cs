using Hub.Domain.People;

namespace Hub.Domain.Tests.People;

public sealed class PersonIdentifierTests
{
    [Fact]
    public void Parse_recognises_a_fiscal_code()
    {
        var identifier = PersonIdentifier.Parse("RSSMRA85T10A562S");

        Assert.Equal(new PersonIdentifier(PersonIdentifierKind.FiscalCode, "RSSMRA85T10A562S"), identifier);
    }

    [Fact]
    public void Parse_recognises_an_omocodic_fiscal_code()
    {
        var identifier = PersonIdentifier.Parse("RSSMRA85T10A56NH");

        Assert.Equal(PersonIdentifierKind.FiscalCode, identifier.Kind);
    }

    [Fact]
    public void Parse_recognises_a_fiscal_code_whose_surname_part_is_STP()
    {
        var identifier = PersonIdentifier.Parse("STPLRA80A41H501T");

        Assert.Equal(PersonIdentifierKind.FiscalCode, identifier.Kind);
    }

    [Theory]
    [InlineData("STP0901230000001", PersonIdentifierKind.Stp)]
    [InlineData("ENI0901230000001", PersonIdentifierKind.Eni)]
    public void Parse_recognises_temporary_codes(string value, PersonIdentifierKind kind)
    {
        var identifier = PersonIdentifier.Parse(value);

        Assert.Equal(new PersonIdentifier(kind, value), identifier);
    }

    [Theory]
    [InlineData("06363391001")]
    [InlineData(" 063 633 910 01 ")]
    public void Parse_recognises_a_provisional_fiscal_code_of_11_digits(string value)
    {
        var identifier = PersonIdentifier.Parse(value);

        Assert.Equal(new PersonIdentifier(PersonIdentifierKind.ProvisionalFiscalCode, "06363391001"), identifier);
    }

    [Fact]
    public void Parse_rejects_a_provisional_fiscal_code_with_a_wrong_check_digit()
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => PersonIdentifier.Parse("06363391009"));

        Assert.Equal("Wrong check digit of provisional codice fiscale 06363391009: expected '1', got '9'.", error.Message);
    }

    [Fact]
    public void Parse_takes_11_characters_with_a_letter_for_a_short_fiscal_code()
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => PersonIdentifier.Parse("0636339100A"));

        Assert.Equal("A fiscal code has 16 characters (a provisional one 11 digits), not 11.", error.Message);
    }

    [Theory]
    [InlineData(" stp 090 123 0000001 ", "STP0901230000001")]
    [InlineData("rssmra85t10a562s", "RSSMRA85T10A562S")]
    public void Parse_normalises_case_and_spaces(string value, string expected)
    {
        var identifier = PersonIdentifier.Parse(value);

        Assert.Equal(expected, identifier.Value);
    }

    [Theory]
    [InlineData("STP090123000001")]
    [InlineData("STP09012300000012")]
    [InlineData("STP09012300000A1")]
    [InlineData("STP")]
    [InlineData("STP-090123000001")]
    public void Parse_rejects_malformed_STP_code(string value)
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => PersonIdentifier.Parse(value));

        Assert.StartsWith("An STP code is 'STP' followed by 13 digits", error.Message);
    }

    [Fact]
    public void Parse_rejects_malformed_ENI_code()
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => PersonIdentifier.Parse("ENI12"));

        Assert.Equal("An ENI code is 'ENI' followed by 13 digits (3 region, 3 ASL, 7 progressive), not 'ENI12'.", error.Message);
    }

    [Fact]
    public void Parse_reports_the_fiscal_code_error_for_an_invalid_fiscal_code()
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => PersonIdentifier.Parse("RSSMRA85T10A562Z"));

        Assert.Equal("Wrong check character: expected 'S', got 'Z'.", error.Message);
    }

    [Fact]
    public void Parse_rejects_an_unknown_prefix_with_digits()
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => PersonIdentifier.Parse("XYZ0901230000001"));

        Assert.StartsWith("Character '0' at position 4 is not allowed", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_rejects_blank_value(string value)
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => PersonIdentifier.Parse(value));

        Assert.Equal("A person identifier is required.", error.Message);
    }
}
