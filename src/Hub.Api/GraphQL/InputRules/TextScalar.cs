using System.Text;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL.InputRules;

/// <summary>
/// The schema's <c>String</c>: every text a client sends (arguments, filters, inputs, variables)
/// passes here. Refused: a NUL character (PostgreSQL cannot store one) or any other control
/// character but tab, line feed and carriage return (invisible, and no name or note holds one), an
/// unpaired UTF-16 surrogate (not a character at all), and text longer than the longest column,
/// <see cref="MaxLength"/> characters. Narrower columns cap their own fields (<see cref="ColumnAttribute{TEntity}"/>).
/// Accepted text is normalised to Unicode NFC, so <c>ò</c> typed as one character or as <c>o</c> and
/// a combining grave is stored, compared and counted the same way.
/// </summary>
public sealed class TextScalar : StringGraphType
{
    /// <summary>The longest free text the model keeps (notes, needs, goals), in UTF-16 code units.</summary>
    public const int MaxLength = 8000;

    public TextScalar() => Name = "String";

    public override object? ParseLiteral(GraphQLValue value) => Checked(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Checked(base.ParseValue(value));

    // Output is what is stored, as stored: the rules above are for what comes in (the base
    // scalar would serialise through ParseValue, normalising and refusing stored text).
    public override object? Serialize(object? value) => base.ParseValue(value);

    // Whether the value is text at all; what is wrong with the text is said when it is parsed,
    // where the reason travels with the error (InvalidInputException).
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue or GraphQLNullValue;

    public override bool CanParseValue(object? value) => value is string or null;

    private static object? Checked(object? value) => Checked(value, MaxLength);

    /// <summary>The text normalised, or a refusal naming its problem; <paramref name="maxLength"/> is the scalar's cap.</summary>
    /// <exception cref="InvalidInputException">The text breaks a rule above.</exception>
    internal static object? Checked(object? value, int maxLength) =>
        Problem(value, maxLength) is { } problem ? throw new InvalidInputException(problem)
        : value is string text ? text.Normalize(NormalizationForm.FormC) : value;

    /// <summary>Why a text cannot be accepted, or null when it can.</summary>
    internal static string? Problem(object? value, int maxLength = MaxLength)
    {
        if (value is not string text)
            return null;
        if (text.Length > maxLength)
            return $"Text is longer than {maxLength} characters ({text.Length}).";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
                return $"Text holds a NUL character (\\u0000) at position {i}: remove it.";
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                return $"Text holds a control character (\\u{(int)c:x4}) at position {i}: remove it.";
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(c))
                return $"Text holds an unpaired UTF-16 surrogate (\\u{(int)c:x4}) at position {i}: send valid Unicode.";
        }
        return null;
    }
}
