using Hub.Domain.People;

namespace Hub.Domain.Tests.People;

// Check digits computed by hand with the rule of DM 23/12/1976 (odd positions as they are, even positions
// doubled less 9 above 9, the check digit completing a multiple of 10), never with the code under test.
public sealed class ProvisionalFiscalCodeTests
{
    [Theory]
    [InlineData("06363391001")] // Agenzia delle Entrate: 0+3+3+9+0 = 15, 3+3+6+2+0 = 14, 29 → 1
    [InlineData("80078750587")] // INPS
    [InlineData("01307110484")] // Comune di Firenze
    [InlineData("12345670587")] // 1+3+5+7+5 = 21, 4+8+3+0+7 = 22 (6→12→3, 8→16→7), 43 → 7
    public void Parse_accepts_a_code_whose_check_digit_is_right(string code)
    {
        Assert.Equal(code, ProvisionalFiscalCode.Parse(code));
    }

    [Theory]
    [InlineData("06363391002", '1', '2')]
    [InlineData("80078750580", '7', '0')]
    [InlineData("12345670586", '7', '6')]
    public void Parse_refuses_a_wrong_check_digit_and_says_the_right_one(string code, char expected, char given)
    {
        var error = Assert.Throws<InvalidIdentifierException>(() => ProvisionalFiscalCode.Parse(code));

        Assert.Equal($"Wrong check digit of provisional codice fiscale {code}: expected '{expected}', got '{given}'.", error.Message);
    }

    [Fact]
    public void Parse_refuses_two_swapped_neighbouring_digits()
    {
        // 06363391001 with its serial's 3 and 6 swapped: the doubling of even positions catches it.
        var error = Assert.Throws<InvalidIdentifierException>(() => ProvisionalFiscalCode.Parse("06336391001"));

        Assert.StartsWith("Wrong check digit", error.Message);
    }

    [Theory]
    [InlineData("0636339100", false)]
    [InlineData("063633910012", false)]
    [InlineData("0636339100A", false)]
    [InlineData("06363391001", true)]
    public void IsShaped_means_exactly_eleven_digits(string code, bool shaped)
    {
        Assert.Equal(shaped, ProvisionalFiscalCode.IsShaped(code));
    }
}
