using Hub.Domain.Common;
using Hub.Domain.People;

namespace Hub.Domain.Tests.People;

// Codes computed by hand from the official algorithm, never with the code under test. All encode a man born on
// 10 December of a year ending in 85, except where the name says otherwise.
public sealed class PersonBirthDataTests
{
    private const string BornInSanGiuliano = "RSSMRA85T10A562S";
    private const string BornInFigline = "RSSMRA85T10D583Z";
    private const string BornInFiglineOmocodic = "RSSMRA85T10D58PV";
    private const string BornInTheUnitedStates = "RSSMRA85T10Z404L";
    private const string BornInNoKnownPlace = "RSSMRA85T10X999Q";
    private static readonly DateOnly BirthDate = new(1985, 12, 10);
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Fact]
    public void A_code_of_a_comune_merged_in_2014_is_accepted_as_birth_place()
    {
        var person = Register(BornInFigline, Sex.Male, BirthDate, "D583");

        Assert.Equal("D583", person.BirthPlaceCode);
    }

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("1896-11-29")]
    public void A_birth_date_in_the_future_or_beyond_any_lifespan_is_refused(string birthDate)
    {
        var error = Assert.Throws<DomainValidationException>(() => Register("STP0901230000001", Sex.Male, DateOnly.Parse(birthDate), "D612"));

        Assert.Equal("BirthDate", error.Field);
    }

    [Fact]
    public void No_one_is_born_in_a_comune_after_it_ceased()
    {
        var error = Assert.Throws<DomainValidationException>(() => Register("STP0901230000001", Sex.Male, new DateOnly(2020, 1, 1), "D583"));

        Assert.Equal("BirthDate", error.Field);
        Assert.Contains("2014-01-01", error.Message);
    }

    [Fact]
    public void An_omocodic_code_agrees_with_the_birth_place_it_encodes_once_undone()
    {
        var person = Register(BornInFiglineOmocodic, Sex.Male, BirthDate, "d583");

        Assert.Equal("D583", person.BirthPlaceCode);
    }

    [Fact]
    public void A_foreign_born_person_has_the_Z_code_of_the_state()
    {
        var person = Register(BornInTheUnitedStates, Sex.Male, BirthDate, "Z404");

        Assert.Equal("Z404", person.BirthPlaceCode);
    }

    [Theory]
    [InlineData(BornInSanGiuliano, Sex.Female, "1985-12-10", "A562", "Sex")]
    [InlineData(BornInSanGiuliano, Sex.Male, "1985-12-11", "A562", "BirthDate")]
    [InlineData(BornInSanGiuliano, Sex.Male, "1985-11-10", "A562", "BirthDate")]
    [InlineData(BornInSanGiuliano, Sex.Male, "1975-12-10", "A562", "BirthDate")]
    [InlineData(BornInSanGiuliano, Sex.Male, "1985-12-10", "D612", "BirthPlaceCode")]
    [InlineData(BornInFigline, Sex.Male, "1985-12-10", "M321", "BirthPlaceCode")]
    [InlineData(BornInSanGiuliano, Sex.Male, "1985-12-10", "Z404", "BirthPlaceCode")]
    [InlineData(BornInTheUnitedStates, Sex.Male, "1985-12-10", "A562", "BirthPlaceCode")]
    public void Registering_with_birth_data_that_disagrees_with_the_code_names_the_field(string code, Sex sex, string birthDate, string birthPlace, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => Register(code, sex, DateOnly.Parse(birthDate), birthPlace));

        Assert.Equal(field, error.Field);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disagreeing_birth_place_is_named_with_the_one_the_code_encodes()
    {
        var error = Assert.Throws<DomainValidationException>(() => Register(BornInFigline, Sex.Male, BirthDate, "M321"));

        Assert.Equal(
            "Birth place M321 Figline e Incisa Valdarno (FI) disagrees with codice fiscale RSSMRA85T10D583Z, which encodes D583 Figline Valdarno (FI, ceased 2014-01-01).",
            error.Message);
    }

    [Theory]
    [InlineData(BornInNoKnownPlace, "X999")]
    [InlineData("STP0901230000001", "X999")]
    [InlineData("12345670587", "Z000")]
    [InlineData("12345670587", "D61")]
    public void An_unknown_birth_place_is_refused_whatever_the_identifier(string code, string birthPlace)
    {
        var error = Assert.Throws<DomainValidationException>(() => Register(code, Sex.Male, BirthDate, birthPlace));

        Assert.Equal(("BirthPlaceCode", $"Birth place {birthPlace} is no cadastral (Belfiore) code: neither of an Italian comune, current or ceased, nor of a foreign state (Z code)."),
            (error.Field, error.Message));
    }

    [Fact]
    public void A_provisional_code_encodes_no_birth_data_to_agree_with()
    {
        var person = Register("12345670587", Sex.Female, new DateOnly(2001, 4, 30), "Z330");

        Assert.Equal((PersonIdentifierKind.ProvisionalFiscalCode, "12345670587"), (person.IdentifierKind, person.Identifier));
    }

    [Theory]
    [InlineData(Sex.Female, "1985-12-10", "D583", "Sex")]
    [InlineData(Sex.Male, "1986-12-10", "D583", "BirthDate")]
    [InlineData(Sex.Male, "1985-12-10", "E296", "BirthPlaceCode")]
    [InlineData(Sex.Male, "1985-12-10", "X999", "BirthPlaceCode")]
    public void Correcting_birth_data_away_from_the_code_names_the_field_and_changes_nothing(Sex sex, string birthDate, string birthPlace, string field)
    {
        var person = Register(BornInFigline, Sex.Male, BirthDate, "D583");

        var error = Assert.Throws<DomainValidationException>(() => person.Correct(new PersonName("Mario", "Rossi"), sex, DateOnly.Parse(birthDate), birthPlace, Today));

        Assert.Equal(field, error.Field);
        Assert.Equal((Sex.Male, BirthDate, "D583"), (person.Sex, person.BirthDate, person.BirthPlaceCode));
    }

    [Fact]
    public void A_fiscal_code_assigned_later_must_encode_the_recorded_birth_place()
    {
        var person = Register("STP0901230000001", Sex.Male, BirthDate, "D612");

        var error = Assert.Throws<DomainValidationException>(() => person.AssignFiscalCode(FiscalCode.Parse(BornInFigline)));

        Assert.Equal("Identifier", error.Field);
        Assert.Equal(PersonIdentifierKind.Stp, person.IdentifierKind);
    }

    private static Person Register(string code, Sex sex, DateOnly birthDate, string birthPlace) =>
        new(PersonIdentifier.Parse(code), new PersonName("Mario", "Rossi"), sex, birthDate, birthPlace, new Address(Guid.NewGuid(), "Via Roma 1", null), Today);
}
