using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;
using Hub.Domain.Common;

namespace Hub.Api.GraphQL.InputRules;

/// <summary>
/// The schema's <c>DateOnly</c>: every date a client sends (inputs of mutations, filters, arguments, variables) passes here and is
/// held to <see cref="RecordDates"/> (1900-01-01..2199-12-31). Whether a date may lie in the future is the domain's rule for each
/// field (Guard.NotFuture). The refusal is a request error with code BAD_USER_INPUT, before anything runs.
/// </summary>
public sealed class DateScalar : DateOnlyGraphType
{
    // The built-in scalar's name, so this one takes its place everywhere (as TextScalar takes String's).
    public DateScalar() => (Name, Description) = ("DateOnly", string.Create(CultureInfo.InvariantCulture,
        $"A calendar date, ISO 8601 (yyyy-MM-dd), from {RecordDates.Earliest:yyyy-MM-dd} to {RecordDates.Latest:yyyy-MM-dd}: a date outside is refused (BAD_USER_INPUT)."));

    public override object? ParseLiteral(GraphQLValue value) => Checked(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Checked(base.ParseValue(value));

    // Whether the literal is a date's kind of value at all; what is wrong with it is said when it is parsed, where the reason
    // travels with the error (InvalidInputException), as TextScalar does.
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue or GraphQLNullValue;

    // Output is what is stored, as stored: the bounds are for what comes in (a scalar's serialisation may go through ParseValue).
    public override object? Serialize(object? value) =>
        value is DateOnly date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : base.Serialize(value);

    /// <exception cref="InvalidInputException">The date lies outside the bounds.</exception>
    private static object? Checked(object? value) =>
        value is DateOnly date && (date < RecordDates.Earliest || date > RecordDates.Latest)
            ? throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                $"The date {date:yyyy-MM-dd} is outside {RecordDates.Earliest:yyyy-MM-dd}..{RecordDates.Latest:yyyy-MM-dd}: send the real date."))
            : value;
}
