using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Measures the lists written inside <c>where:</c> arguments from the document's tokens alone,
/// before it is parsed: a 74 KB <c>or:</c> of 3,000 items would make the parser build some 30,000
/// nodes only for the cost analysis to refuse them, while reading its tokens allocates nothing. A
/// list in variables, or a document that does not lex, is left to the analysis after parsing.
/// </summary>
internal static class FilterListScan
{
    /// <summary>The most items of one list literal within a <c>where:</c> argument; 0 when there is none.</summary>
    public static int LongestList(string query)
    {
        try
        {
            return Scan(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            // The parser reports it, with its location.
            return 0;
        }
    }

    private static int Scan(string query)
    {
        // Open brackets, innermost last, each with the items seen so far (counted for lists only).
        var open = new List<(TokenKind Bracket, int Items)>();
        // The depth of the argument list holding a where: whose value is being read, or -1.
        var whereDepth = -1;
        var longest = 0;
        var previous = TokenKind.EOF;
        var whereName = false;
        for (var token = Lexer.Lex(query); token.Kind != TokenKind.EOF; token = Lexer.Lex(query, token.End))
        {
            var kind = token.Kind;
            if (kind == TokenKind.COMMENT)
                continue;
            // Commas are insignificant in GraphQL: an item is a value starting directly in the list
            // (a variable's name is part of its $).
            if (open.Count > 0 && open[^1].Bracket == TokenKind.BRACKET_L && StartsValue(kind) && previous != TokenKind.DOLLAR)
            {
                var items = open[^1].Items + 1;
                open[^1] = (TokenKind.BRACKET_L, items);
                if (whereDepth >= 0 && open.Count > whereDepth)
                    longest = Math.Max(longest, items);
            }
            if (kind is TokenKind.BRACE_L or TokenKind.BRACKET_L or TokenKind.PAREN_L)
                open.Add((kind, 0));
            else if (kind is TokenKind.BRACE_R or TokenKind.BRACKET_R or TokenKind.PAREN_R && open.Count > 0)
                open.RemoveAt(open.Count - 1);
            // Another name in the argument list (the next argument) ends the where: value.
            if (kind == TokenKind.NAME && open.Count > 0 && open[^1].Bracket == TokenKind.PAREN_L || open.Count < whereDepth)
                whereDepth = -1;
            if (kind == TokenKind.COLON && whereName)
                whereDepth = open.Count;
            whereName = kind == TokenKind.NAME && previous != TokenKind.DOLLAR && open.Count > 0 && open[^1].Bracket == TokenKind.PAREN_L
                && token.Value.Span.SequenceEqual("where");
            previous = kind;
        }
        return longest;
    }

    private static bool StartsValue(TokenKind kind) => kind is TokenKind.NAME or TokenKind.INT or TokenKind.FLOAT or TokenKind.STRING
        or TokenKind.DOLLAR or TokenKind.BRACE_L or TokenKind.BRACKET_L;
}
