using System.Globalization;
using System.Text;

namespace Hub.Domain.Common;

/// <summary>
/// The folded form of a text that names are searched and ordered by, the same on every database:
/// compatibility-decomposed (NFKD, so <c>ò</c> and <c>o</c> + U+0300 agree, and <c>ﬁ</c> is <c>fi</c>),
/// without combining marks (accents), without apostrophes (<c>D'Angelo</c>, <c>D’Angelo</c> and
/// <c>Dangelo</c> agree), upper-case (invariant), with each run of white space one space and none at
/// either end. Computed here, not in SQL, because the databases' own folding differs (SQLite's
/// <c>upper()</c> knows ASCII only). <c>NICOLÒ</c>, <c>Nicolò</c> and <c>Nicolo</c> + U+0300 all
/// fold to <c>NICOLO</c>; in binary order <c>NEGRI</c> &lt; <c>NICOLO</c> &lt; <c>NICOLOSI</c>, the Italian order.
/// </summary>
public static class SearchKey
{
    /// <summary>The folded form of <paramref name="text"/>; null for null.</summary>
    public static string? Fold(string? text)
    {
        if (text is null)
            return null;
        var folded = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (IsMark(c) || IsApostrophe(c))
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace)
                folded.Append(' ');
            pendingSpace = false;
            folded.Append(char.ToUpperInvariant(c));
        }
        return folded.ToString();
    }

    /// <summary>The folded form cut to <paramref name="maxLength"/> UTF-16 units, as the key column holds it.</summary>
    public static string? Fold(string? text, int maxLength)
    {
        var folded = Fold(text);
        return folded is not null && folded.Length > maxLength ? folded[..maxLength] : folded;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // The ASCII apostrophe, the typographic one phones and word processors type, and the modifier letter.
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
