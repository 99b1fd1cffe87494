using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>
/// The period of a figure: its <c>from</c> and <c>to</c> arguments, both days included, and the one refusal of a period that
/// ends before it starts. Declared and read here, so every figure over a period says and checks it alike.
/// </summary>
public static class PeriodArguments
{
    /// <summary>Adds the required <c>from</c> and <c>to</c> arguments.</summary>
    public static FieldBuilder<TSource, TReturn> Period<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The first day of the period.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The last day of the period, not before from.");

    /// <summary>The period the arguments name.</summary>
    /// <exception cref="ExecutionError">BAD_USER_INPUT: <c>to</c> is before <c>from</c>.</exception>
    public static (DateOnly From, DateOnly To) PeriodOf(this IResolveFieldContext context)
    {
        var (from, to) = (context.GetArgument<DateOnly>("from"), context.GetArgument<DateOnly>("to"));
        return to >= from ? (from, to) : throw HubErrors.BadInput("The period's 'to' is before its 'from': give the last day after the first.");
    }
}
