using System.Text;
using Hub.Domain.Audit;
using Hub.Domain.Documents;

namespace Hub.Domain.Tests.Documents;

public sealed class DocumentFileNameTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Document Named(string name) =>
        new(new DocumentOwner(DocumentOwnerKind.Person, Guid.NewGuid(), Guid.NewGuid()), DocumentKind.Report, Today, "sub", Guid.NewGuid(),
            new DocumentFile(name, "application/pdf", 10, new string('0', 64)), Sensitivity.Social, null, Today);

    [Fact]
    public void An_overlong_name_of_surrogate_pairs_is_cut_between_characters()
    {
        // 150 emoji (each a surrogate pair) and ".docx": 305 UTF-16 units, so the last 200 begin inside a pair.
        var name = string.Concat(Enumerable.Repeat("\U0001F4C4", 150)) + ".docx";

        var kept = Named(name).FileName;

        Assert.Equal((Document.MaxFileNameLength - 1, ".docx"), (kept.Length, kept[^5..]));
        Assert.All(kept.EnumerateRunes(), rune => Assert.NotEqual(Rune.ReplacementChar, rune));
    }

    [Fact]
    public void An_overlong_name_keeps_its_last_characters_up_to_the_limit()
    {
        var name = new string('a', 300) + ".pdf";

        Assert.Equal(name[^Document.MaxFileNameLength..], Named(name).FileName);
    }
}
