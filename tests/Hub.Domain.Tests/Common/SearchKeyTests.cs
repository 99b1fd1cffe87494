using Hub.Domain.Common;

namespace Hub.Domain.Tests.Common;

public sealed class SearchKeyTests
{
    [Theory]
    [InlineData("NICOLÒ")]
    [InlineData("Nicolò")]
    [InlineData("Nicolo\u0300")]
    [InlineData("nicolo")]
    public void Every_way_of_writing_Nicolò_folds_to_one_key(string name) => Assert.Equal("NICOLO", SearchKey.Fold(name));

    [Theory]
    [InlineData("D'Angelo")]
    [InlineData("D’Angelo")]
    [InlineData("Dangelo")]
    public void Apostrophes_are_folded_away(string name) => Assert.Equal("DANGELO", SearchKey.Fold(name));

    [Fact]
    public void White_space_is_collapsed_and_trimmed() => Assert.Equal("DE LUCA", SearchKey.Fold("  de \t Luca "));

    [Fact]
    public void Compatibility_characters_fold_to_their_letters() => Assert.Equal("FIORE", SearchKey.Fold("ﬁore"));

    [Fact]
    public void Keys_order_names_the_Italian_way()
    {
        string[] names = ["Nicolosi", "NICOLÒ", "PERÒTTI", "Negri", "D'Angelo", "De Luca"];

        var ordered = names.OrderBy(n => SearchKey.Fold(n), StringComparer.Ordinal);

        Assert.Equal(["D'Angelo", "De Luca", "Negri", "NICOLÒ", "Nicolosi", "PERÒTTI"], ordered);
    }

    [Fact]
    public void A_key_is_cut_to_its_column() => Assert.Equal("ABC", SearchKey.Fold("àbcdef", 3));
}
