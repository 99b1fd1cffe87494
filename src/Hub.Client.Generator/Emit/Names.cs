using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Hub.Client.Generator.Emit;

/// <summary>GraphQL names as C# names: <c>careCase</c> → <c>CareCase</c>, <c>NON_SELF_SUFFICIENCY</c> → <c>NonSelfSufficiency</c>.</summary>
internal static class Names
{
    public static string Pascal(string name)
    {
        if (name.StartsWith("__", System.StringComparison.Ordinal))
            return Pascal(name.Substring(2));
        if (name.Contains('_') || name.All(c => !char.IsLower(c)))
            return string.Concat(name.Split('_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1).ToLowerInvariant()));
        return char.ToUpperInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>A parameter name: camel case, escaped when it is a C# keyword.</summary>
    public static string Parameter(string name)
    {
        var pascal = Pascal(name);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None ? "@" + camel : camel;
    }

    /// <summary>A C# string literal holding <paramref name="text"/> exactly.</summary>
    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    public static string Hex(byte[] bytes)
    {
        var hex = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
            hex.Append(b.ToString("x2"));
        return hex.ToString();
    }
}
