using Hub.Domain.Territory;

namespace Hub.Domain.Tests.Territory;

public sealed class CadastralCodesTests
{
    [Fact]
    public void A_current_comune_is_known_and_in_use()
    {
        var place = CadastralCodes.Find("D612");

        Assert.Equal(new CadastralPlace("D612", "Firenze", "FI", null), place);
    }

    [Theory]
    [InlineData("D583", "Figline Valdarno")]
    [InlineData("E296", "Incisa In Val D'arno")]
    [InlineData("A559", "Casciana Terme")]
    public void A_comune_merged_in_2014_keeps_its_code_with_the_date_it_ceased(string code, string name)
    {
        var place = CadastralCodes.Find(code);

        Assert.Equal(new CadastralPlace(code, name, place?.Province, new DateOnly(2014, 1, 1)), place);
        Assert.False(place!.IsForeignState);
    }

    [Fact]
    public void The_comune_born_of_a_merger_has_a_code_of_its_own()
    {
        var place = CadastralCodes.Find("M321");

        Assert.Equal(("Figline e Incisa Valdarno", (DateOnly?)null), (place?.Name, place?.CeasedOn));
    }

    [Theory]
    [InlineData("Z404", "Stati Uniti d'America", null)]
    [InlineData("Z135", "Unione Sovietica", "1992-01-01")]
    public void A_foreign_state_has_a_Z_code_current_or_ceased(string code, string name, string? ceasedOn)
    {
        var place = CadastralCodes.Find(code);

        Assert.Equal(new CadastralPlace(code, name, null, ceasedOn is null ? null : DateOnly.Parse(ceasedOn)), place);
        Assert.True(place!.IsForeignState);
    }

    [Theory]
    [InlineData("X999")]
    [InlineData("Z000")]
    [InlineData("A56N")]
    [InlineData("d612")]
    public void An_unknown_code_is_not_found(string code)
    {
        Assert.Null(CadastralCodes.Find(code));
    }

    [Fact]
    public void Every_comune_of_the_Tuscan_territory_file_is_known_and_in_use()
    {
        using var reader = TerritoryFiles.Tuscany.Municipalities();
        var table = CsvTable.Read(reader, "toscana-comuni.csv", "cadastral_code");

        var places = table.Rows.Select(row => CadastralCodes.Find(table.Get(row, "cadastral_code"))).ToList();

        Assert.Equal(273, places.Count);
        Assert.All(places, place => Assert.Null(Assert.IsType<CadastralPlace>(place).CeasedOn));
    }
}
