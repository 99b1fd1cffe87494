using GraphQL.Types;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL.InputRules;

/// <summary>
/// A whole CSV file sent as text (the registry imports): held to the rules of <see cref="TextScalar"/> but
/// for its length, which the request's own size limit (<c>Hub:GraphQL:MaxRequestBytes</c>) bounds instead;
/// a file is far longer than the longest column's 8,000 characters.
/// </summary>
public sealed class CsvScalar : StringGraphType
{
    /// <summary>A cap above any request the transport admits, so that the request limit is the one that speaks.</summary>
    public const int MaxLength = 10 * 1024 * 1024;

    public CsvScalar()
    {
        Name = "Csv";
        Description = "The text of a CSV file (UTF-8, comma-separated, RFC 4180 quoting), header first; as long as the request size limit allows.";
    }

    public override object? ParseLiteral(GraphQLValue value) => TextScalar.Checked(base.ParseLiteral(value), MaxLength);

    public override object? ParseValue(object? value) => TextScalar.Checked(base.ParseValue(value), MaxLength);

    public override object? Serialize(object? value) => base.ParseValue(value);

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue or GraphQLNullValue;

    public override bool CanParseValue(object? value) => value is string or null;
}
